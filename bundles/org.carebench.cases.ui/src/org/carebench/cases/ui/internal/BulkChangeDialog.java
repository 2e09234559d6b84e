package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.FlagType;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks what to change on many cases: the new status (and closing reason), the new assignee, or the flag to raise;
 * and which cases: the selected ones or every case in the list.
 */
final class BulkChangeDialog extends CarebenchDialog {

	enum Kind {
		STATUS, ASSIGN, FLAG
	}

	/** What the user chose. {@code value} is a status code, a user id (or null: unassign) or a flag code. */
	record Choice(Kind kind, String value, String closingReason, String comment, boolean allInList) {
	}

	private final Kind kind;
	private final int selected;
	private final int inList;
	private final List<ProjectRef> projects;
	private Combo value;
	private Combo reason;
	private Text comment;
	private Button selectedOnly;
	private final List<String> values = new ArrayList<>();
	private final List<CaseStatus> statuses = new ArrayList<>();
	private final Map<String, ClosingReason> reasons = new LinkedHashMap<>();
	private Choice choice;

	BulkChangeDialog(Shell parent, Kind kind, int selected, int inList, List<ProjectRef> projects) {
		super(parent, title(kind), 2);
		this.kind = kind;
		this.selected = selected;
		this.inList = inList;
		this.projects = projects;
	}

	private static String title(Kind kind) {
		return switch (kind) {
			case STATUS -> Messages.Bulk_statusTitle;
			case ASSIGN -> Messages.Bulk_assignTitle;
			case FLAG -> Messages.Bulk_flagTitle;
		};
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(Messages.Bulk_message);
		value = Layouts.comboRow(grid, switch (kind) {
			case STATUS -> Messages.Bulk_status;
			case ASSIGN -> Messages.Bulk_assignee;
			case FLAG -> Messages.Bulk_flag;
		});
		fillValues();
		if (kind == Kind.STATUS) {
			reason = Layouts.comboRow(grid, Messages.Editor_closingReason);
			reasons.values().forEach(r -> reason.add(r.name()));
			value.addListener(SWT.Selection, event -> updateReason());
			updateReason();
		}
		if (kind == Kind.FLAG) {
			comment = Layouts.textRow(grid, Messages.Bulk_comment, SWT.NONE);
			comment.setTextLimit(500);
		}
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2)
				.applyTo(Layouts.label(grid, Messages.Bulk_which));
		selectedOnly = new Button(grid, SWT.RADIO);
		selectedOnly.setText(NLS.bind(Messages.Bulk_selected, CaseLabels.count(selected)));
		selectedOnly.setSelection(selected > 0);
		selectedOnly.setEnabled(selected > 0);
		Button all = new Button(grid, SWT.RADIO);
		all.setText(NLS.bind(Messages.Bulk_allInList, CaseLabels.count(inList)));
		all.setSelection(selected == 0);
	}

	private void fillValues() {
		switch (kind) {
			case STATUS -> {
				CaseService cases = Services.get(CaseService.class);
				CaseSetupService setup = Services.get(CaseSetupService.class);
				statuses.addAll(cases.statuses());
				statuses.forEach(status -> {
					value.add(CaseLabels.status(status));
					values.add(status.code());
				});
				for (ProjectRef project : projects) {
					setup.workflow(project.id()).localized(Locale.getDefault().getLanguage()).closingReasons()
							.forEach(r -> reasons.putIfAbsent(r.code(), r));
				}
			}
			case ASSIGN -> {
				value.add(Messages.Unassigned);
				values.add(null);
				for (UserRef user : Services.get(DirectoryService.class).users()) {
					value.add(user.displayName());
					values.add(Long.toString(user.id()));
				}
			}
			case FLAG -> {
				Map<String, FlagType> types = new LinkedHashMap<>();
				CaseSetupService setup = Services.get(CaseSetupService.class);
				projects.forEach(project -> setup.flagTypes(project.id()).forEach(t -> types.putIfAbsent(t.code(), t)));
				types.values().forEach(type -> {
					value.add(type.name());
					values.add(type.code());
				});
			}
		}
		if (value.getItemCount() > 0) {
			value.select(0);
		}
	}

	private void updateReason() {
		int index = value.getSelectionIndex();
		boolean closing = index >= 0 && statuses.get(index).closed();
		reason.setEnabled(closing);
		if (closing && reason.getSelectionIndex() < 0 && reason.getItemCount() > 0) {
			reason.select(0);
		}
	}

	@Override
	protected void okPressed() {
		int index = value.getSelectionIndex();
		if (index < 0) {
			showProblem(Messages.Bulk_chooseValue);
			return;
		}
		String closingReason = null;
		if (kind == Kind.STATUS && statuses.get(index).closed()) {
			int chosen = reason.getSelectionIndex();
			if (chosen < 0) {
				showProblem(Messages.Bulk_chooseReason);
				return;
			}
			closingReason = new ArrayList<>(reasons.keySet()).get(chosen);
		}
		String reasonCode = closingReason;
		closeUnlessRefused(() -> choice = new Choice(kind, values.get(index), reasonCode,
				comment == null ? null : comment.getText(), !selectedOnly.getSelection()));
	}

	Choice choice() {
		return choice;
	}
}
