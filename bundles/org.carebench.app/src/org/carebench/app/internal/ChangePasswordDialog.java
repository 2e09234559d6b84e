package org.carebench.app.internal;

import org.carebench.core.AuthenticationService;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Change Password…: the signed-in user's new password, given his current one (see
 * {@link AuthenticationService#changePassword}). A refusal shows in the title area and what was typed stays.
 */
public final class ChangePasswordDialog extends CarebenchDialog {

	private final AuthenticationService authentication;
	private Text current;
	private Text next;
	private Text again;

	public ChangePasswordDialog(Shell parent, AuthenticationService authentication) {
		super(parent, Messages.Password_title, 2);
		setOkLabel(Messages.Password_ok);
		this.authentication = authentication;
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(Messages.Password_message);
		current = Layouts.textRow(grid, Messages.Password_current, SWT.PASSWORD);
		next = Layouts.textRow(grid, Messages.Password_new, SWT.PASSWORD);
		again = Layouts.textRow(grid, Messages.Setup_passwordAgain, SWT.PASSWORD);
		current.setFocus();
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			requireSamePassword(next, again, Messages.Setup_passwordsDiffer);
			authentication.changePassword(current.getTextChars(), next.getTextChars());
		});
	}

	/** The current password, the new one and the new one again; for tests. */
	public Text[] fields() {
		return new Text[] { current, next, again };
	}
}
