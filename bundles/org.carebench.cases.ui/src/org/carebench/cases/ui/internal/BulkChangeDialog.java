package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carebench.cases.CaseSetupService;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.FlagType;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks what to change on many cases: the new status (and closing reason), the new assignee, or the flag to raise;
 * and which cases: the selected ones or every case in the list.
 */
final class BulkChangeDialog extends TitleAreaDialog {

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
		super(parent);
		this.kind = kind;
		this.selected = selected;
		this.inList = inList;
		this.projects = projects;
	}

	private String title() {
		return switch (kind) {
			case STATUS -> Messages.Bulk_statusTitle;
			case ASSIGN -> Messages.Bulk_assignTitle;
			case FLAG -> Messages.Bulk_flagTitle;
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title());
		setMessage(Messages.Bulk_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText(switch (kind) {
			case STATUS -> Messages.Bulk_status;
			case ASSIGN -> Messages.Bulk_assignee;
			case FLAG -> Messages.Bulk_flag;
		});
		value = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 320;
		value.setLayoutData(wide);
		fillValues();
		if (kind == Kind.STATUS) {
			new Label(body, SWT.NONE).setText(Messages.Editor_closingReason);
			reason = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
			reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			reasons.values().forEach(r -> reason.add(r.name()));
			value.addListener(SWT.Selection, event -> updateReason());
			updateReason();
		}
		if (kind == Kind.FLAG) {
			new Label(body, SWT.NONE).setText(Messages.Bulk_comment);
			comment = new Text(body, SWT.BORDER);
			comment.setTextLimit(500);
			comment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		Label which = new Label(body, SWT.NONE);
		which.setText(Messages.Bulk_which);
		which.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 2));
		selectedOnly = new Button(body, SWT.RADIO);
		selectedOnly.setText(NLS.bind(Messages.Bulk_selected, String.format("%,d", selected))); //$NON-NLS-1$
		selectedOnly.setSelection(selected > 0);
		selectedOnly.setEnabled(selected > 0);
		Button all = new Button(body, SWT.RADIO);
		all.setText(NLS.bind(Messages.Bulk_allInList, String.format("%,d", inList))); //$NON-NLS-1$
		all.setSelection(selected == 0);
		return area;
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
					setup.workflow(project.id()).localized(java.util.Locale.getDefault().getLanguage()).closingReasons()
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
			setErrorMessage(Messages.Bulk_chooseValue);
			return;
		}
		String closingReason = null;
		if (kind == Kind.STATUS && statuses.get(index).closed()) {
			int chosen = reason.getSelectionIndex();
			if (chosen < 0) {
				setErrorMessage(Messages.Bulk_chooseReason);
				return;
			}
			closingReason = new ArrayList<>(reasons.keySet()).get(chosen);
		}
		choice = new Choice(kind, values.get(index), closingReason, comment == null ? null : comment.getText(),
				!selectedOnly.getSelection());
		super.okPressed();
	}

	Choice choice() {
		return choice;
	}
}
