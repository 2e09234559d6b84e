package org.carebench.app.internal;

import org.carebench.core.AuthenticationService;
import org.carebench.core.FirstAdministrator;
import org.carebench.core.SetupService;
import org.carebench.core.UserRef;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The first start of a database nobody can sign in to: asks for the agency, its first project and its first system
 * administrator, creates them, and signs him in. What was typed stays when something is refused.
 */
final class FirstAdministratorDialog extends CarebenchDialog {

	private final SetupService setup;
	private final AuthenticationService authentication;
	private Text agency;
	private Text projectCode;
	private Text projectName;
	private Text login;
	private Text displayName;
	private Text password;
	private Text again;
	private UserRef user;

	FirstAdministratorDialog(Shell parent, SetupService setup, AuthenticationService authentication) {
		super(parent, Messages.Setup_title, 2);
		setOkLabel(Messages.Setup_create);
		this.setup = setup;
		this.authentication = authentication;
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(Messages.Setup_message);
		agency = Layouts.textRow(grid, Messages.Setup_agency, SWT.NONE);
		projectCode = Layouts.textRow(grid, Messages.Setup_projectCode, SWT.NONE);
		projectCode.setMessage("HOU"); //$NON-NLS-1$
		projectName = Layouts.textRow(grid, Messages.Setup_projectName, SWT.NONE);
		login = Layouts.textRow(grid, Messages.Login_login, SWT.NONE);
		displayName = Layouts.textRow(grid, Messages.Setup_displayName, SWT.NONE);
		password = Layouts.textRow(grid, Messages.Login_password, SWT.PASSWORD);
		again = Layouts.textRow(grid, Messages.Setup_passwordAgain, SWT.PASSWORD);
		agency.setFocus();
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			requireSamePassword(password, again, Messages.Setup_passwordsDiffer);
			setup.createFirstAdministrator(new FirstAdministrator(agency.getText(), projectCode.getText(),
					projectName.getText(), login.getText(), displayName.getText(), password.getTextChars()));
			user = authentication.signIn(login.getText().strip(), password.getTextChars());
		});
	}

	/** The administrator, signed in; {@code null} when the dialog was canceled. */
	UserRef user() {
		return user;
	}

	/** For tests. */
	Text agency() {
		return agency;
	}

	Text[] passwords() {
		return new Text[] { password, again };
	}
}
