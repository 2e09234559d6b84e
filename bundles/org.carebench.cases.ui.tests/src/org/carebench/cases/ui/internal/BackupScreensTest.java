package org.carebench.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carebench.app.internal.RestoreDialog;
import org.carebench.core.DirectoryService;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Backup;
import org.carebench.testing.ui.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guided restore in the real workbench, on the demo database: the administrator checks a backup and only then
 * may restore it; a caseworker's check is refused by the service, and the dialog says so.
 */
class BackupScreensTest {

	private final Session session = PlatformUI.getWorkbench().getService(Session.class);
	private final UserRef signedIn = session.requireUser();
	private final DatabaseBackups backups = PlatformUI.getWorkbench().getService(DatabaseBackups.class);
	private RestoreDialog dialog;

	@AfterEach
	void closeDialog() {
		if (dialog != null) {
			dialog.close();
		}
		session.signIn(signedIn);
	}

	private RestoreDialog openRestore() {
		List<Backup> available = session.runAsSystem("Test", backups::list); //$NON-NLS-1$
		dialog = new RestoreDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), backups,
				available);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private Button restoreButton() {
		return Ui.find(dialog.getShell(), Button.class, b -> b.getText().equals(
				org.carebench.app.internal.Messages.Restore_ok));
	}

	@Test
	void anAdministratorChecksABackupBeforeHeMayRestoreIt() {
		session.runAsSystem("Test", () -> backups.backUp(DatabaseBackups.DEFAULT_KEPT)); //$NON-NLS-1$
		UserRef admin = PlatformUI.getWorkbench().getService(DirectoryService.class).findUser("admin").orElseThrow(); //$NON-NLS-1$
		session.signIn(admin);
		openRestore();
		assertFalse(restoreButton().isEnabled(), "nothing chosen and checked yet"); //$NON-NLS-1$
		dialog.checkRow(0);
		Ui.waitUntil("the check", () -> dialog.checked() != null); //$NON-NLS-1$
		Ui.settle();
		assertTrue(dialog.checked().sound(), dialog.result());
		assertTrue(restoreButton().isEnabled(), "a sound backup may be restored"); //$NON-NLS-1$
		Ui.screenshot("30-restore-backup-checked"); //$NON-NLS-1$
		Ui.clickIn(dialog.getShell(), IDialogConstants.CANCEL_LABEL);
		dialog = null;
	}

	@Test
	void aCaseworkersCheckIsRefusedByTheService() {
		session.runAsSystem("Test", () -> backups.backUp(DatabaseBackups.DEFAULT_KEPT)); //$NON-NLS-1$
		openRestore();
		String before = dialog.result();
		dialog.checkRow(0);
		Ui.waitUntil("the refusal", () -> !dialog.result().equals(before) //$NON-NLS-1$
				&& !dialog.result().equals(org.carebench.app.internal.Messages.Restore_checking));
		assertTrue(dialog.checked() == null, "nothing was checked for him: " + dialog.result()); //$NON-NLS-1$
		assertFalse(restoreButton().isEnabled());
		Ui.screenshot("31-restore-refused-to-a-caseworker"); //$NON-NLS-1$
	}
}
