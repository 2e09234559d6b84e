package org.carebench.reporting.ui.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carebench.cases.ui.PageSupport;
import org.carebench.reporting.ReportCanceledException;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs reports as Jobs: the Progress view shows them and their Cancel stops BIRT within a fraction of a second;
 * results and failures come back on the UI thread.
 */
final class ReportRuns {

	/** How a report run ended. */
	record Outcome(Path output, List<String> problems, Throwable failure, boolean canceled) {
	}

	private ReportRuns() {
	}

	/** Renders a report to {@code output} in a Job; {@code done} gets the outcome on the UI thread. */
	static Job render(Display display, String jobName, String reportId, Map<String, Object> values,
			ReportFormat format, Path output, Consumer<Outcome> done) {
		Job job = new Job(jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(jobName, IProgressMonitor.UNKNOWN);
				Outcome outcome;
				try {
					List<String> problems = PageSupport.service(ReportService.class).render(reportId, values, format,
							output, monitor::isCanceled);
					outcome = new Outcome(output, problems, null, false);
				} catch (ReportCanceledException canceled) {
					outcome = new Outcome(output, List.of(), null, true);
				} catch (RuntimeException failure) {
					outcome = new Outcome(output, List.of(), failure, false);
				} finally {
					monitor.done();
				}
				Outcome result = outcome;
				if (!display.isDisposed()) {
					display.asyncExec(() -> done.accept(result));
				}
				return result.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}
		};
		job.setUser(format != ReportFormat.HTML);
		job.schedule();
		return job;
	}

	/**
	 * Asks where to save the report as PDF or Excel, then exports it in a Job and says where it went (or why
	 * not).
	 */
	static void export(Shell shell, String reportId, String reportName, Map<String, Object> values,
			ReportFormat format) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		String extension = format == ReportFormat.PDF ? "pdf" : "xlsx"; //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
		dialog.setFileName(reportName.replaceAll("[\\\\/:*?\"<>|]", "_") + " " + LocalDate.now() + "." + extension); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path output = Paths.get(chosen);
		render(shell.getDisplay(), NLS.bind(Messages.Export_job, reportName), reportId, values, format, output,
				outcome -> {
					if (shell.isDisposed() || outcome.canceled()) {
						return;
					}
					if (outcome.failure() != null) {
						MessageDialog.openError(shell, Messages.Export_failedTitle, NLS.bind(Messages.Export_failed,
								reportName, PageSupport.userMessage(outcome.failure())));
					} else {
						MessageDialog.openInformation(shell, Messages.Export_doneTitle,
								NLS.bind(Messages.Export_done, reportName, output));
					}
				});
	}
}
