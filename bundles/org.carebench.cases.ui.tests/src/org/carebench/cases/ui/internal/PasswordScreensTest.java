package org.carebench.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carebench.app.internal.ChangePasswordDialog;
import org.carebench.app.internal.Messages;
import org.carebench.core.AuthenticationService;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.demo.DemoData;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.ui.Ui;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > Change Password…: the current password first; a refusal keeps what was typed. */
class PasswordScreensTest {

	private static final String NEW_PASSWORD = new String(DatabaseSecrets.randomSecret());

	private final Session session = PlatformUI.getWorkbench().getService(Session.class);
	private final AuthenticationService authentication = PlatformUI.getWorkbench()
			.getService(AuthenticationService.class);
	private final UserRef signedIn = session.requireUser();
	private ChangePasswordDialog dialog;

	/** The demo password back: the other tests of this workbench sign in with it. */
	@AfterEach
	void restorePassword() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		session.runAsSystem("Test", () -> { //$NON-NLS-1$
			authentication.setPassword(signedIn.id(), DemoData.PASSWORD.toCharArray());
			return null;
		});
		session.signIn(signedIn);
	}

	@Test
	void aWrongCurrentPasswordIsRefusedWithWhatWasTypedKeptAndTheRightOneChangesIt() {
		dialog = new ChangePasswordDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				authentication);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Text[] fields = dialog.fields();
		fields[0].setText(new String(DatabaseSecrets.randomSecret()));
		fields[1].setText(NEW_PASSWORD);
		fields[2].setText(NEW_PASSWORD);
		Ui.clickIn(dialog.getShell(), Messages.Password_ok);
		Ui.settle();
		assertTrue(dialog.problem().contains("current password"), dialog.problem()); //$NON-NLS-1$
		assertEquals(NEW_PASSWORD, fields[1].getText(), "what was typed stays"); //$NON-NLS-1$
		Ui.screenshot("32-change-password-refused"); //$NON-NLS-1$

		fields[0].setText(DemoData.PASSWORD);
		Ui.clickIn(dialog.getShell(), Messages.Password_ok);
		Ui.settle();
		assertEquals(Window.OK, dialog.getReturnCode(), dialog.problem());
		assertEquals(signedIn, authentication.signIn(signedIn.login(), NEW_PASSWORD.toCharArray()),
				"the new password signs him in");
	}
}
