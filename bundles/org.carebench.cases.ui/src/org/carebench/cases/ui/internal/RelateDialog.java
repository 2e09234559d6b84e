package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.CaseLinkService;
import org.carebench.cases.RelatableClient;
import org.carebench.cases.RelatedCase;
import org.carebench.ui.Background;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Finds a case to relate: by the start of a client's first or last name, or every named client of the network
 * when the name is left blank; each client with his cases, of which one is chosen.
 */
final class RelateDialog extends CarebenchDialog {

	private static final int RESULTS = 200;

	private final long caseId;
	private Text name;
	private Tree results;
	private Label status;
	private RelatedCase chosen;

	RelateDialog(Shell parent, long caseId) {
		super(parent, Messages.Related_dialogTitle, 3);
		setOkLabel(Messages.Related_link);
		this.caseId = caseId;
	}

	@Override
	protected void createArea(Composite grid) {
		Layouts.label(grid, Messages.Related_name);
		name = Layouts.hintedText(grid, Messages.Related_nameHint, SWT.SEARCH);
		name.addListener(SWT.DefaultSelection, event -> search());
		Layouts.button(grid, Messages.Related_search, this::search);
		results = Layouts.fillArea(new Tree(grid, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), 560, 320);
		results.addListener(SWT.Selection, event -> choose());
		results.addListener(SWT.DefaultSelection, event -> {
			choose();
			if (chosen != null) {
				okPressed();
			}
		});
		status = Layouts.wrapped(grid, "", Layouts.FIELD_WIDTH); //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableOk(false);
	}

	private void search() {
		String text = name.getText();
		status.setText(Messages.List_loading);
		CaseLinkService links = Services.get(CaseLinkService.class);
		Background.run(results, Messages.Related_searching,
				() -> links.findRelatable(caseId, text, RESULTS), this::fill, status::setText);
	}

	private void fill(List<RelatableClient> found) {
		results.removeAll();
		for (RelatableClient client : found) {
			TreeItem person = new TreeItem(results, SWT.NONE);
			person.setText(client.birthDate() == null ? client.name()
					: NLS.bind(Messages.Related_clientBorn, client.name(), CaseLabels.birthDate(client.birthDate())));
			if (client.cases().isEmpty()) {
				new TreeItem(person, SWT.NONE).setText(Messages.Related_noCases);
			}
			for (RelatedCase other : client.cases()) {
				TreeItem item = new TreeItem(person, SWT.NONE);
				item.setText(RelatedSection.describe(other));
				item.setData(other);
			}
			person.setExpanded(true);
		}
		status.setText(found.isEmpty() ? Messages.Related_nobody
				: found.size() >= RESULTS ? NLS.bind(Messages.Related_tooMany, RESULTS) : ""); //$NON-NLS-1$
		status.getParent().layout();
	}

	private void choose() {
		TreeItem[] selection = results.getSelection();
		chosen = selection.length == 1 && selection[0].getData() instanceof RelatedCase other ? other : null;
		getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
	}

	RelatedCase chosen() {
		return chosen;
	}
}
