package org.carebench.ui;

import org.carebench.core.CarebenchException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * How every screen reports what went wrong, the same way: a Carebench refusal (a forbidden action, bad input, a
 * concurrent change) is shown with its own message, already in the user's language; anything else is a fault,
 * logged through the workbench's status handling with its stack trace and shown as such.
 */
public final class Problems {

	private static final String PLUGIN_ID = "org.carebench.ui"; //$NON-NLS-1$

	private Problems() {
	}

	/** The text to show for a failure: a refusal's own message; a fault is logged and named. */
	public static String message(Throwable failure) {
		if (failure instanceof CarebenchException refusal) {
			return refusal.getMessage();
		}
		log(failure);
		return String.valueOf(failure);
	}

	/** Shows a failure in a dialog titled {@code title}: a refusal as an error message, a fault logged too. */
	public static void show(Shell shell, String title, Throwable failure) {
		if (failure instanceof CarebenchException refusal) {
			MessageDialog.openError(shell, title, refusal.getMessage());
		} else {
			StatusManager.getManager().handle(status(failure), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/** Logs a fault (the workbench's log, with its stack trace). */
	public static void log(Throwable failure) {
		StatusManager.getManager().handle(status(failure), StatusManager.LOG);
	}

	private static IStatus status(Throwable failure) {
		return new Status(IStatus.ERROR, PLUGIN_ID, String.valueOf(failure), failure);
	}
}
