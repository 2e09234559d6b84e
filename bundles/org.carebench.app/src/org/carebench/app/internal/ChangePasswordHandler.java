package org.carebench.app.internal;

import org.carebench.core.AuthenticationService;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Change Password…: for every signed-in user (see {@link ChangePasswordDialog}). */
public class ChangePasswordHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (new ChangePasswordDialog(shell, Services.get(AuthenticationService.class)).open() == Window.OK) {
			MessageDialog.openInformation(shell, Messages.Password_title, Messages.Password_changed);
		}
		return null;
	}
}
