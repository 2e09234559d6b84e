package org.carebench.app.internal;

import org.carebench.core.ActivityLog;
import org.carebench.core.ChainReport;
import org.carebench.core.LogCheckpoints;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.ui.Background;
import org.carebench.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Checks the activity log's hash chain (in a job) and says whether it is intact, or where it breaks. */
public class VerifyLogHandler extends AbstractHandler {

	private static final int BREAKS_SHOWN = 20;

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ActivityLog log = Services.get(ActivityLog.class);
		LogCheckpoints checkpoints = LogCheckpoints.forDatabase(
				Services.get(Database.class).openSettings().map(DatabaseSettings::describe).orElse("")); //$NON-NLS-1$
		Background.user(shell, Messages.Verify_job, monitor -> {
			return checkpoints.verify(log);
		}, report -> {
			if (report.breaks().isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Verify_job,
						describe(report) + "\n\n" + NLS.bind(Messages.Verify_checkpoint, checkpoints.folder())); //$NON-NLS-1$
			} else {
				MessageDialog.openError(shell, Messages.Verify_job, describe(report));
			}
		}, problem -> MessageDialog.openError(shell, Messages.Verify_job, problem));
		return null;
	}

	private static String describe(ChainReport report) {
		StringBuilder text = new StringBuilder(VerifyLogApplication.summary(report));
		text.append("\n\n"); //$NON-NLS-1$
		if (report.breaks().isEmpty()) {
			text.append(Messages.Verify_intact);
		} else {
			text.append(NLS.bind(Messages.Verify_broken, report.breaks().size()));
			report.breaks().stream().limit(BREAKS_SHOWN)
					.forEach(broken -> text.append('\n').append(VerifyLogApplication.describe(broken)));
		}
		return text.toString();
	}
}
