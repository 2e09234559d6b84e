package org.carebench.app.internal;

import org.carebench.persistence.DatabaseBackups;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Case > Restore Database…: the guided restore (see {@link RestoreDialog}), then a restart on the restored data. */
public class RestoreHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DatabaseBackups backups = Services.get(DatabaseBackups.class);
		RestoreDialog dialog;
		try {
			dialog = new RestoreDialog(shell, backups, backups.list());
		} catch (RuntimeException refused) {
			MessageDialog.openError(shell, Messages.Restore_title, Problems.message(refused));
			return null;
		}
		if (dialog.open() == Window.OK && dialog.replaced() != null) {
			MessageDialog.openInformation(shell, Messages.Restore_title, NLS.bind(Messages.Restore_done,
					BackupDescriptions.when(dialog.restored()), dialog.replaced()));
			// every view and service starts again on the restored data
			PlatformUI.getWorkbench().restart();
		}
		return null;
	}
}
