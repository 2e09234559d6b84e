package org.carebench.app.internal;

import org.carebench.core.CarebenchException;
import org.carebench.core.UserRef;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a login and a password at start. A refusal is shown in the dialog, which stays open with the login
 * kept, so that only the password needs typing again.
 */
final class LoginDialog extends TitleAreaDialog {

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
		super((Shell) null);
		this.initialLogin = initialLogin;
		this.hint = hint;
		this.initialProblem = initialProblem;
		this.check = check;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_title);
		icon = new Image(shell.getDisplay(), LoginDialog.class.getResourceAsStream("/icons/carebench_48.png")); //$NON-NLS-1$
		shell.setImage(icon);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Login_heading);
		setTitleImage(icon);
		setMessage(hint == null ? Messages.Login_message : hint);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 12;
		fields.setLayout(layout);
		new Label(fields, SWT.NONE).setText(Messages.Login_login);
		login = new Text(fields, SWT.BORDER);
		login.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		login.setText(initialLogin);
		new Label(fields, SWT.NONE).setText(Messages.Login_password);
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (initialProblem != null) {
			setErrorMessage(initialProblem);
		}
		(initialLogin.isEmpty() ? login : password).setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Login_signIn, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		try {
			user = check.signIn(login.getText(), password.getTextChars());
			super.okPressed();
		} catch (CarebenchException refused) {
			setErrorMessage(refused.getMessage());
			password.setText(""); //$NON-NLS-1$
			password.setFocus();
		}
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
