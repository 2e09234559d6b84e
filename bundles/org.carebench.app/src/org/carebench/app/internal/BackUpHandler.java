package org.carebench.app.internal;

import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Verification;
import org.carebench.ui.Background;
import org.carebench.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Case > Back Up Database Now: takes a backup in a job, checks it, and says how it went (administrators). */
public class BackUpHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DatabaseBackups backups = Services.get(DatabaseBackups.class);
		Background.user(shell, Messages.Backup_job, monitor -> backups.backUp(ScheduledBackups.kept()),
				verification -> report(shell, backups, verification),
				problem -> MessageDialog.openError(shell, Messages.Backup_job, problem));
		return null;
	}

	static void report(Shell shell, DatabaseBackups backups, Verification verification) {
		if (verification.sound()) {
			MessageDialog.openInformation(shell, Messages.Backup_job,
					NLS.bind(Messages.Backup_done, new Object[] { BackupDescriptions.when(verification.backup()),
							BackupDescriptions.cases(verification.backup()), backups.folder(), ScheduledBackups.kept() }));
		} else {
			MessageDialog.openError(shell, Messages.Backup_job, NLS.bind(Messages.Backup_unsound,
					BackupDescriptions.when(verification.backup()), String.join("\n", verification.problems()))); //$NON-NLS-1$
		}
	}
}
