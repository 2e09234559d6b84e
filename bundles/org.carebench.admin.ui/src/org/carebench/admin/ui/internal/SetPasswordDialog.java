package org.carebench.admin.ui.internal;

import org.carebench.core.AuthenticationService;
import org.carebench.core.UserRef;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A new password for a user who forgot his, set by an administrator; the user may change it afterwards. */
public final class SetPasswordDialog extends CarebenchDialog {

	private final UserRef user;
	private Text password;
	private Text again;

	public SetPasswordDialog(Shell parent, UserRef user) {
		super(parent, Messages.SetPassword_title, 2);
		setOkLabel(Messages.SetPassword_ok);
		this.user = user;
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(NLS.bind(Messages.SetPassword_message, user.displayName()));
		password = Layouts.textRow(grid, Messages.NewUser_password, SWT.PASSWORD);
		again = Layouts.textRow(grid, Messages.NewUser_passwordAgain, SWT.PASSWORD);
		password.setFocus();
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			requireSamePassword(password, again, Messages.NewUser_passwordsDiffer);
			Services.get(AuthenticationService.class).setPassword(user.id(), password.getTextChars());
		});
	}
}
