package org.carebench.reporting.ui.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carebench.reporting.ReportCanceledException;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportService;
import org.carebench.ui.Background;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs reports as Jobs: the Progress view shows them and their Cancel stops BIRT within a fraction of a second;
 * results and failures come back on the UI thread.
 */
final class ReportRuns {

	/** How a report run ended; {@code failure} is what to tell the user when it failed. */
	record Outcome(Path output, List<String> problems, String failure, boolean canceled) {
	}

	private ReportRuns() {
	}

	/** Renders a report to {@code output} in a Job; {@code done} gets the outcome on the UI thread. */
	static Job render(Control owner, String jobName, String reportId, Map<String, Object> values,
			ReportFormat format, Path output, Consumer<Outcome> done) {
		ReportService reports = Services.get(ReportService.class);
		return Background.monitored(owner, jobName, format != ReportFormat.HTML, monitor -> {
			monitor.beginTask(jobName, IProgressMonitor.UNKNOWN);
			try {
				return new Outcome(output, reports.render(reportId, values, format, output, monitor::isCanceled),
						null, false);
			} catch (ReportCanceledException canceled) {
				return new Outcome(output, List.of(), null, true);
			}
		}, done, failure -> done.accept(new Outcome(output, List.of(), failure, false)));
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
		render(shell, NLS.bind(Messages.Export_job, reportName), reportId, values, format, output,
				outcome -> {
					if (shell.isDisposed() || outcome.canceled()) {
						return;
					}
					if (outcome.failure() != null) {
						MessageDialog.openError(shell, Messages.Export_failedTitle, NLS.bind(Messages.Export_failed,
								reportName, outcome.failure()));
					} else {
						MessageDialog.openInformation(shell, Messages.Export_doneTitle,
								NLS.bind(Messages.Export_done, reportName, output));
					}
				});
	}
}
