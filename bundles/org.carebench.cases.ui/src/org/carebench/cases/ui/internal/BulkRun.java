package org.carebench.cases.ui.internal;

import org.carebench.cases.BulkCaseService;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs a bulk change as one job, with progress and cancel in the progress dialog (or the status line when sent to
 * the background), then shows what happened to each case.
 */
final class BulkRun {

	private BulkRun() {
	}

	/** Starts the change of {@code caseIds}; the report opens on {@code shell} when it ends. */
	static Job start(Shell shell, BulkChangeDialog.Choice choice, long[] caseIds) {
		BulkCaseService bulk = Services.get(BulkCaseService.class);
		String name = NLS.bind(switch (choice.kind()) {
			case STATUS -> Messages.Bulk_jobStatus;
			case ASSIGN -> Messages.Bulk_jobAssign;
			case FLAG -> Messages.Bulk_jobFlag;
		}, String.format("%,d", caseIds.length)); //$NON-NLS-1$
		Display display = shell.getDisplay();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, MonitorProgress.SCALE);
				BulkProgress progress = new MonitorProgress(monitor, (done, total) -> NLS.bind(Messages.Bulk_progress,
						String.format("%,d", done), String.format("%,d", total))); //$NON-NLS-1$ //$NON-NLS-2$
				try {
					BulkReport report = switch (choice.kind()) {
						case STATUS -> bulk.changeStatus(caseIds, choice.value(), choice.closingReason(), progress);
						case ASSIGN -> bulk.assign(caseIds, choice.value() == null ? null : Long.valueOf(choice.value()),
								progress);
						case FLAG -> bulk.addFlag(caseIds, choice.value(), choice.comment(), progress);
					};
					display.asyncExec(() -> {
						if (!shell.isDisposed()) {
							new BulkReportDialog(shell, name, report).open();
						}
					});
				} catch (RuntimeException e) {
					display.asyncExec(() -> org.eclipse.jface.dialogs.MessageDialog.openError(shell, name,
							Problems.message(e)));
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
