package org.carebench.cases.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carebench.cases.CaseImportService;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.ImportReport;
import org.carebench.core.ProjectRef;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Imports cases from a CSV file in two steps: "Check" reads every row and lists each problem (line, column,
 * reason) without writing anything; "Import" then imports the rows without problems, as a job that can be
 * canceled. The columns the file may have are named on the dialog.
 */
final class ImportDialog extends TitleAreaDialog {

	private static final int CHECK_ID = IDialogConstants.CLIENT_ID + 1;

	private final List<ProjectRef> projects;
	private Combo project;
	private Text file;
	private Table problems;
	private Label summary;
	private ImportReport checked;
	private Path checkedFile;

	ImportDialog(Shell parent, List<ProjectRef> projects) {
		super(parent);
		this.projects = projects;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Import_title);
		setMessage(Messages.Import_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(3, false));
		new Label(body, SWT.NONE).setText(Messages.Import_project);
		project = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		projects.forEach(p -> project.add(p.name()));
		if (!projects.isEmpty()) {
			project.select(0);
		}
		project.addListener(SWT.Selection, event -> forgetCheck());
		new Label(body, SWT.NONE).setText(Messages.Import_file);
		file = new Text(body, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addListener(SWT.Modify, event -> forgetCheck());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Import_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
			chooser.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = chooser.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		Label columns = new Label(body, SWT.WRAP);
		columns.setText(Messages.Import_columns);
		GridData columnsData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		columnsData.widthHint = 760;
		columns.setLayoutData(columnsData);
		summary = new Label(body, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		problems = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		problems.setHeaderVisible(true);
		problems.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		tableData.heightHint = 220;
		problems.setLayoutData(tableData);
		for (String[] column : new String[][] { { Messages.Import_line, "60" }, { Messages.Import_column, "140" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.Import_problem, "540" } }) { //$NON-NLS-1$
			TableColumn tableColumn = new TableColumn(problems, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		return area;
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

	/** The dry run, in a job: nothing is written. */
	private void check() {
		if (project.getSelectionIndex() < 0) {
			setErrorMessage(Messages.Import_chooseProject);
			return;
		}
		Path path = Path.of(file.getText().strip());
		if (file.getText().isBlank() || !Files.isRegularFile(path)) {
			setErrorMessage(Messages.Import_chooseFile);
			return;
		}
		setErrorMessage(null);
		long projectId = chosenProject().id();
		summary.setText(Messages.Import_checking);
		getButton(CHECK_ID).setEnabled(false);
		CaseImportService imports = Services.get(CaseImportService.class);
		Job.create(Messages.Import_checking, monitor -> {
			try {
				ImportReport report = imports.dryRun(projectId, path);
				onUi(() -> showCheck(report, path));
			} catch (RuntimeException e) {
				onUi(() -> {
					setErrorMessage(Problems.message(e));
					getButton(CHECK_ID).setEnabled(true);
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void showCheck(ImportReport report, Path path) {
		checked = report;
		checkedFile = path;
		getButton(CHECK_ID).setEnabled(true);
		fillProblems(report);
		if (report.refused()) {
			summary.setText(Messages.Import_refused);
			setMessage(Messages.Import_refused, IMessageProvider.ERROR);
		} else {
			String text = NLS.bind(Messages.Import_checked, new Object[] { count(report.rows()),
					count(report.validRows()), count(report.problemCount()) });
			summary.setText(text);
			setMessage(text, report.problemCount() == 0 ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(!report.refused() && report.validRows() > 0);
		summary.getParent().layout(true, true);
	}

	static void fill(Table table, ImportReport report) {
		table.removeAll();
		for (ImportProblem problem : report.problems()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { problem.line() == 0 ? "" : Long.toString(problem.line()), //$NON-NLS-1$
					problem.column() == null ? "" : problem.column(), problem.reason() }); //$NON-NLS-1$
		}
	}

	private void fillProblems(ImportReport report) {
		fill(problems, report);
		if (report.problemCount() > report.problems().size()) {
			TableItem more = new TableItem(problems, SWT.NONE);
			more.setText(2, NLS.bind(Messages.Import_moreProblems, count(report.problemCount() - report.problems().size())));
		}
	}

	/** Imports what the check found good, as a job the user can send to the background or cancel. */
	@Override
	protected void okPressed() {
		if (checked == null) {
			return;
		}
		long projectId = chosenProject().id();
		Path path = checkedFile;
		Shell shell = getParentShell();
		CaseImportService imports = Services.get(CaseImportService.class);
		String name = NLS.bind(Messages.Import_job, path.getFileName());
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, MonitorProgress.SCALE);
				try {
					ImportReport report = imports.importFile(projectId, path,
							new MonitorProgress(monitor, (done, total) -> NLS.bind(Messages.Import_progress, count(done))));
					shell.getDisplay().asyncExec(() -> new ImportReportDialog(shell, name, report).open());
				} catch (RuntimeException e) {
					shell.getDisplay().asyncExec(() -> org.eclipse.jface.dialogs.MessageDialog.openError(shell, name,
							Problems.message(e)));
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		super.okPressed();
	}

	private void onUi(Runnable update) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (getShell() != null && !getShell().isDisposed()) {
					update.run();
				}
			});
		}
	}

	static String count(long value) {
		return String.format("%,d", value); //$NON-NLS-1$
	}

	/** For tests. */
	Combo project() {
		return project;
	}

	Text file() {
		return file;
	}

	Table problems() {
		return problems;
	}

	ImportReport checked() {
		return checked;
	}

	/** The import's outcome: cases created and updated, and the rows left out with their problems. */
	static final class ImportReportDialog extends TitleAreaDialog {
		private final String title;
		private final ImportReport report;

		ImportReportDialog(Shell parent, String title, ImportReport report) {
			super(parent);
			this.title = title;
			this.report = report;
		}

		@Override
		protected boolean isResizable() {
			return true;
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			getShell().setText(title);
			setTitle(title);
			String text = NLS.bind(Messages.Import_done, new Object[] { count(report.created()), count(report.updated()),
					count(report.problemCount()) });
			if (report.canceled()) {
				text += " " + Messages.Import_canceled; //$NON-NLS-1$
			}
			setMessage(text, report.problemCount() == 0 ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
			Composite area = (Composite) super.createDialogArea(parent);
			Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
			table.setHeaderVisible(true);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 200;
			data.widthHint = 720;
			table.setLayoutData(data);
			for (String[] column : new String[][] { { Messages.Import_line, "60" }, { Messages.Import_column, "140" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ Messages.Import_problem, "520" } }) { //$NON-NLS-1$
				TableColumn tableColumn = new TableColumn(table, SWT.NONE);
				tableColumn.setText(column[0]);
				tableColumn.setWidth(Integer.parseInt(column[1]));
			}
			fill(table, report);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}
}
