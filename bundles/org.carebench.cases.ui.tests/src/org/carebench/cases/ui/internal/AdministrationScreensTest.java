package org.carebench.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carebench.admin.ui.internal.AdministrationView;
import org.carebench.admin.ui.internal.Messages;
import org.carebench.admin.ui.internal.NewUserDialog;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.Membership;
import org.carebench.core.MembershipService;
import org.carebench.core.RoleRef;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.ui.Ui;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The administration perspective: an administrator makes a user with his role in a project and finds it in the
 * administration log; a caseworker who opens it is refused by the services.
 */
class AdministrationScreensTest {

	/** Passwords of this run: none is written in the source. */
	private final String password = new String(DatabaseSecrets.randomSecret());

	/** How the log page shows "member.added" in English. */
	private static final String ROLE_GIVEN = "Role in a project given"; //$NON-NLS-1$

	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	private final Session session = PlatformUI.getWorkbench().getService(Session.class);
	private final DirectoryService directory = PlatformUI.getWorkbench().getService(DirectoryService.class);
	private final UserRef signedIn = session.requireUser();
	private NewUserDialog dialog;

	@AfterEach
	void back() throws WorkbenchException {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		window.getActivePage().closePerspective(window.getActivePage().getPerspective(), false, false);
		session.signIn(signedIn);
	}

	private AdministrationView open() throws WorkbenchException {
		PlatformUI.getWorkbench().showPerspective("org.carebench.admin.ui.perspective", window); //$NON-NLS-1$
		AdministrationView view = (AdministrationView) window.getActivePage().findView(AdministrationView.ID);
		Ui.settle();
		return view;
	}

	private static Composite page(String title) {
		return (Composite) Ui.find(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Composite.class,
				composite -> title.equals(composite.getData()));
	}

	@Test
	void anAdministratorMakesAUserWithARoleAndFindsItInTheLog() throws Exception {
		session.signIn(directory.findUser("admin").orElseThrow()); //$NON-NLS-1$
		AdministrationView view = open();
		Table users = Ui.find(page(Messages.Users_title), Table.class, table -> true);
		Ui.waitUntil("the users", () -> users.getItemCount() > 0); //$NON-NLS-1$

		dialog = new NewUserDialog(window.getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		Object[] fields = dialog.fields();
		((Combo) fields[0]).select(0);
		// a login of its own: the tests' workbench keeps its database between runs of one build
		String login = "lucia." + Long.toString(System.currentTimeMillis() % 1_000_000, 36); //$NON-NLS-1$
		((Text) fields[1]).setText(login);
		((Text) fields[2]).setText("Lucía Ortega"); //$NON-NLS-1$
		((Combo) fields[3]).select(0);
		List<RoleRef> roles = PlatformUI.getWorkbench().getService(MembershipService.class).roles();
		((Combo) fields[4]).select(roles.indexOf(roles.stream()
				.filter(role -> role.code().equals(RoleRef.CASEWORKER)).findFirst().orElseThrow()));
		((Text) fields[5]).setText(password); //$NON-NLS-1$
		((Text) fields[6]).setText(password); //$NON-NLS-1$
		Ui.screenshot("33-administration-new-user"); //$NON-NLS-1$
		Ui.clickIn(dialog.getShell(), Messages.NewUser_ok);
		Ui.settle();
		assertNull(dialog.getShell(), "the dialog closed: " + dialog.problem()); //$NON-NLS-1$
		assertEquals(Window.OK, dialog.getReturnCode());
		UserRef lucia = dialog.created();
		List<Membership> memberships = PlatformUI.getWorkbench().getService(MembershipService.class)
				.memberships(lucia.id());
		assertEquals(RoleRef.CASEWORKER, memberships.get(0).role().code());
		assertEquals(lucia, PlatformUI.getWorkbench().getService(AuthenticationService.class).signIn(login,
				password.toCharArray()), "she signs in with her first password"); //$NON-NLS-1$
		session.signIn(directory.findUser("admin").orElseThrow()); //$NON-NLS-1$

		view.show(Messages.Log_title);
		Composite log = page(Messages.Log_title);
		Ui.click(Ui.find(log, Button.class, button -> button.getText().equals(Messages.Log_refresh)));
		Table entries = Ui.find(log, Table.class, table -> true);
		Ui.waitUntil("the new user in the log", () -> entries.getItemCount() > 0 //$NON-NLS-1$
				&& List.of(entries.getItems()).stream().anyMatch(row -> row.getText(2).equals(ROLE_GIVEN)
						&& row.getText(3).equals("Lucía Ortega"))); //$NON-NLS-1$
		Ui.screenshot("34-administration-log"); //$NON-NLS-1$
	}

	@Test
	void anAdministratorDeactivatesAUserWhoLeftAndReactivatesHim() throws Exception {
		// Tom signs in, whatever an interrupted earlier run of this workbench's database left
		session.runAsSystem("Test", () -> directory.deactivatedUsers().stream() //$NON-NLS-1$
				.filter(user -> user.login().equals("tom")).map(user -> directory.reactivateUser(user.id())).toList()); //$NON-NLS-1$
		session.signIn(directory.findUser("admin").orElseThrow()); //$NON-NLS-1$
		open();
		Composite users = page(Messages.Users_title);
		List<Table> tables = java.util.Arrays.stream(users.getChildren()).filter(Table.class::isInstance)
				.map(Table.class::cast).toList();
		Table active = tables.get(0);
		Table deactivated = tables.get(1);
		Ui.waitUntil("the users", () -> rowOf(active, "tom") >= 0); //$NON-NLS-1$
		active.setSelection(rowOf(active, "tom")); //$NON-NLS-1$
		Ui.clickInNextDialog(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
		Ui.click(Ui.find(users, Button.class, button -> button.getText().equals(Messages.Users_deactivate)));
		Ui.waitUntil("Tom among the deactivated, no longer among those who sign in", //$NON-NLS-1$
				() -> rowOf(deactivated, "tom") >= 0 && rowOf(active, "tom") < 0); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.screenshot("36-administration-user-deactivated"); //$NON-NLS-1$

		deactivated.setSelection(rowOf(deactivated, "tom")); //$NON-NLS-1$
		Ui.click(Ui.find(users, Button.class, button -> button.getText().equals(Messages.Users_reactivate)));
		Ui.waitUntil("Tom back", () -> rowOf(active, "tom") >= 0 && rowOf(deactivated, "tom") < 0); //$NON-NLS-1$
	}

	private static int rowOf(Table table, String login) {
		for (int row = 0; row < table.getItemCount(); row++) {
			if (table.getItem(row).getText(0).equals(login)) {
				return row;
			}
		}
		return -1;
	}

	@Test
	void aCaseworkerWhoOpensItIsRefusedTheLog() throws Exception {
		AdministrationView view = open();
		view.show(Messages.Log_title);
		Composite log = page(Messages.Log_title);
		Ui.click(Ui.find(log, Button.class, button -> button.getText().equals(Messages.Log_refresh)));
		Label status = Ui.find(log, Label.class, label -> true);
		Ui.waitUntil("the refusal", () -> !status.getText().isEmpty()); //$NON-NLS-1$
		assertTrue(status.getText().contains("administ"), status.getText()); //$NON-NLS-1$
		assertEquals(0, Ui.find(log, Table.class, table -> true).getItemCount(), "nothing of the log shows"); //$NON-NLS-1$
		Ui.screenshot("35-administration-refused"); //$NON-NLS-1$
	}
}
