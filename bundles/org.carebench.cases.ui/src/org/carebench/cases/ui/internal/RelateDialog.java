package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.CaseLinkService;
import org.carebench.cases.RelatableClient;
import org.carebench.cases.RelatedCase;
import org.carebench.ui.Background;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Finds a case to relate: by the start of a client's first or last name, or every named client of the network
 * when the name is left blank; each client with his cases, of which one is chosen.
 */
final class RelateDialog extends Dialog {

	private static final int RESULTS = 200;

	private final long caseId;
	private Text name;
	private Tree results;
	private Label status;
	private RelatedCase chosen;

	RelateDialog(Shell parent, long caseId) {
		super(parent);
		this.caseId = caseId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Related_dialogTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
		new Label(area, SWT.NONE).setText(Messages.Related_name);
		name = new Text(area, SWT.BORDER | SWT.SEARCH);
		name.setMessage(Messages.Related_nameHint);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addListener(SWT.DefaultSelection, event -> search());
		Button find = new Button(area, SWT.PUSH);
		find.setText(Messages.Related_search);
		find.addListener(SWT.Selection, event -> search());
		results = new Tree(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		GridData tree = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		tree.widthHint = 560;
		tree.heightHint = 320;
		results.setLayoutData(tree);
		results.addListener(SWT.Selection, event -> choose());
		results.addListener(SWT.DefaultSelection, event -> {
			choose();
			if (chosen != null) {
				okPressed();
			}
		});
		status = new Label(area, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Related_link, true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
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
