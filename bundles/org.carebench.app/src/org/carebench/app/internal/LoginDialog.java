package org.carebench.app.internal;

import org.carebench.core.CarebenchException;
import org.carebench.core.UserRef;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a login and a password at start. A refusal is shown in the dialog, which stays open with the login
 * kept, so that only the password needs typing again.
 */
final class LoginDialog extends CarebenchDialog {

	/** Checks credentials; throws a {@link CarebenchException} with the user's message when they are wrong. */
	@FunctionalInterface
	interface Check {
		UserRef signIn(String login, char[] password);
	}

	private final String initialLogin;
	private final String hint;
	private final String initialProblem;
	private final Check check;
	private Text login;
	private Text password;
	private UserRef user;
	private Image icon;

	LoginDialog(String initialLogin, String hint, String initialProblem, Check check) {
		super((Shell) null, Messages.Login_title, 2);
		setOkLabel(Messages.Login_signIn);
		this.initialLogin = initialLogin;
		this.hint = hint;
		this.initialProblem = initialProblem;
		this.check = check;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		icon = new Image(shell.getDisplay(), LoginDialog.class.getResourceAsStream("/icons/carebench_48.png")); //$NON-NLS-1$
		shell.setImage(icon);
	}

	@Override
	protected void createArea(Composite grid) {
		setTitle(Messages.Login_heading);
		setTitleImage(icon);
		setMessage(hint == null ? Messages.Login_message : hint);
		login = Layouts.textRow(grid, Messages.Login_login, SWT.NONE);
		login.setText(initialLogin);
		password = Layouts.textRow(grid, Messages.Login_password, SWT.PASSWORD);
		showProblem(initialProblem);
		(initialLogin.isEmpty() ? login : password).setFocus();
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			try {
				user = check.signIn(login.getText(), password.getTextChars());
			} catch (CarebenchException refused) {
				password.setText(""); //$NON-NLS-1$
				password.setFocus();
				throw refused;
			}
		});
	}

	UserRef user() {
		return user;
	}

	@Override
	public boolean close() {
		boolean closed = super.close();
		if (icon != null) {
			icon.dispose();
		}
		return closed;
	}
}
