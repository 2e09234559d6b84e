package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.BulkCaseService;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.ui.Background;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
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
		}, CaseLabels.count(caseIds.length));
		return Background.user(shell, name, monitor -> {
			monitor.beginTask(name, MonitorProgress.SCALE);
			BulkProgress progress = new MonitorProgress(monitor, (done, total) -> NLS.bind(Messages.Bulk_progress,
					CaseLabels.count(done), CaseLabels.count(total)));
			return switch (choice.kind()) {
				case STATUS -> bulk.changeStatus(caseIds, choice.value(), choice.closingReason(), progress);
				case ASSIGN -> bulk.assign(caseIds, choice.value() == null ? null : Long.valueOf(choice.value()),
						progress);
				case FLAG -> bulk.addFlag(caseIds, choice.value(), choice.comment(), progress);
			};
		}, report -> outcome(shell, name, report).open(), problem -> MessageDialog.openError(shell, name, problem));
	}

	static OutcomeDialog outcome(Shell shell, String title, BulkReport report) {
		String summary = NLS.bind(Messages.Bulk_summary, new Object[] { CaseLabels.count(report.changed()),
				CaseLabels.count(report.unchanged()), CaseLabels.count(report.failures().size()) });
		if (report.canceled()) {
			summary += " " + NLS.bind(Messages.Bulk_canceled, CaseLabels.count(report.notHandled())); //$NON-NLS-1$
		}
		List<String[]> rows = report.failures().stream().map(failure -> new String[] {
				failure.caseCode() == null ? "#" + failure.caseId() : failure.caseCode(), failure.reason() }) //$NON-NLS-1$
				.toList();
		return new OutcomeDialog(shell, title, summary, new String[] { Messages.Column_code, Messages.Bulk_reason },
				new int[] { 130, 570 }, rows);
	}
}
