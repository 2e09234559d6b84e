package org.carebench.cases.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.carebench.cases.CaseImportService;
import org.carebench.cases.ImportOptions;
import org.carebench.cases.ImportOptions.DateOrder;
import org.carebench.cases.ImportReport;
import org.carebench.core.ProjectRef;
import org.carebench.ui.Background;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Imports cases from a CSV file in two steps: "Check" reads every row and lists each problem (line, column,
 * reason) without writing anything; "Import" then imports the rows without problems, as a job that can be
 * canceled. The columns the file may have are named on the dialog; dates may be written in the user's own order.
 */
final class ImportDialog extends CarebenchDialog {

	private static final int CHECK_ID = IDialogConstants.CLIENT_ID + 1;
	private static final DateOrder[] DATE_ORDERS = DateOrder.values();

	private final List<ProjectRef> projects;
	private Combo project;
	private Text file;
	private Combo dates;
	private Table problems;
	private ImportReport checked;
	private Path checkedFile;

	ImportDialog(Shell parent, List<ProjectRef> projects) {
		super(parent, Messages.Import_title, 3);
		this.projects = projects;
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(Messages.Import_message);
		project = Layouts.comboRow(grid, Messages.Import_project);
		projects.forEach(p -> project.add(p.name()));
		if (!projects.isEmpty()) {
			project.select(0);
		}
		project.addListener(SWT.Selection, event -> forgetCheck());
		Layouts.label(grid, Messages.Import_file);
		file = Layouts.hintedText(grid, null, SWT.NONE);
		file.addListener(SWT.Modify, event -> forgetCheck());
		Layouts.button(grid, Messages.Import_browse, this::browse);
		dates = Layouts.comboRow(grid, Messages.Import_dates);
		for (String order : new String[] { Messages.Import_datesIso, Messages.Import_datesDayFirst,
				Messages.Import_datesMonthFirst }) {
			dates.add(order);
		}
		dates.select(ImportOptions.dateOrderOf(Locale.getDefault()).ordinal());
		dates.addListener(SWT.Selection, event -> forgetCheck());
		Layouts.wrapped(grid, Messages.Import_columns, 760);
		problems = Layouts.table(grid, SWT.NONE, 220,
				new String[] { Messages.Import_line, Messages.Import_column, Messages.Import_problem },
				new int[] { 60, 140, 540 });
	}

	private void browse() {
		FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
		chooser.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = chooser.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, CHECK_ID, Messages.Import_check, true);
		createButton(parent, IDialogConstants.OK_ID, Messages.Import_import, false).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == CHECK_ID) {
			check();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void forgetCheck() {
		checked = null;
		Button importButton = getButton(IDialogConstants.OK_ID);
		if (importButton != null) {
			importButton.setEnabled(false);
		}
	}

	private ProjectRef chosenProject() {
		return projects.get(project.getSelectionIndex());
	}

	private ImportOptions options() {
		return new ImportOptions(DATE_ORDERS[Math.max(0, dates.getSelectionIndex())]);
	}

	/** The dry run, in a job: nothing is written. */
	private void check() {
		if (project.getSelectionIndex() < 0) {
			showProblem(Messages.Import_chooseProject);
			return;
		}
		Path path = Path.of(file.getText().strip());
		if (file.getText().isBlank() || !Files.isRegularFile(path)) {
			showProblem(Messages.Import_chooseFile);
			return;
		}
		showProblem(null);
		long projectId = chosenProject().id();
		ImportOptions options = options();
		setMessage(Messages.Import_checking);
		getButton(CHECK_ID).setEnabled(false);
		CaseImportService imports = Services.get(CaseImportService.class);
		Background.run(problems, Messages.Import_checking, () -> imports.dryRun(projectId, path, options),
				report -> showCheck(report, path), problem -> {
					showProblem(problem);
					getButton(CHECK_ID).setEnabled(true);
				});
	}

	private void showCheck(ImportReport report, Path path) {
		checked = report;
		checkedFile = path;
		getButton(CHECK_ID).setEnabled(true);
		problems.removeAll();
		rows(report).forEach(row -> new TableItem(problems, SWT.NONE).setText(row));
		if (report.problemCount() > report.problems().size()) {
			TableItem more = new TableItem(problems, SWT.NONE);
			more.setText(2, NLS.bind(Messages.Import_moreProblems,
					CaseLabels.count(report.problemCount() - report.problems().size())));
		}
		if (report.refused()) {
			setMessage(Messages.Import_refused, IMessageProvider.ERROR);
		} else {
			String text = NLS.bind(Messages.Import_checked, new Object[] { CaseLabels.count(report.rows()),
					CaseLabels.count(report.validRows()), CaseLabels.count(report.problemCount()) });
			setMessage(text, report.problemCount() == 0 ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(!report.refused() && report.validRows() > 0);
		problems.getParent().layout(true, true);
	}

	private static List<String[]> rows(ImportReport report) {
		return report.problems().stream()
				.map(problem -> new String[] { problem.line() == 0 ? "" : Long.toString(problem.line()), //$NON-NLS-1$
						problem.column() == null ? "" : problem.column(), problem.reason() }) //$NON-NLS-1$
				.toList();
	}

	/** Imports what the check found good, as a job the user can send to the background or cancel. */
	@Override
	protected void okPressed() {
		if (checked == null) {
			return;
		}
		long projectId = chosenProject().id();
		Path path = checkedFile;
		ImportOptions options = options();
		Shell shell = getParentShell();
		CaseImportService imports = Services.get(CaseImportService.class);
		String name = NLS.bind(Messages.Import_job, path.getFileName());
		Background.user(shell, name, monitor -> {
			monitor.beginTask(name, MonitorProgress.SCALE);
			return imports.importFile(projectId, path, options, new MonitorProgress(monitor,
					(done, total) -> NLS.bind(Messages.Import_progress, CaseLabels.count(done))));
		}, report -> outcome(shell, name, report).open(), problem -> MessageDialog.openError(shell, name, problem));
		super.okPressed();
	}

	/** The import's outcome: cases created and updated, and the rows left out with their problems. */
	static OutcomeDialog outcome(Shell shell, String title, ImportReport report) {
		String text = NLS.bind(Messages.Import_done, new Object[] { CaseLabels.count(report.created()),
				CaseLabels.count(report.updated()), CaseLabels.count(report.problemCount()) });
		if (report.canceled()) {
			text += " " + Messages.Import_canceled; //$NON-NLS-1$
		}
		return new OutcomeDialog(shell, title, text,
				new String[] { Messages.Import_line, Messages.Import_column, Messages.Import_problem },
				new int[] { 60, 140, 520 }, rows(report));
	}

	ImportReport checked() {
		return checked;
	}

	/** For tests: the controls a user fills in. */
	record Controls(Combo project, Text file, Combo dates, Table problems) {
	}

	Controls controls() {
		return new Controls(project, file, dates, problems);
	}
}
