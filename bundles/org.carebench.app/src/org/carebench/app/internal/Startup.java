package org.carebench.app.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

import org.carebench.core.AuthenticationService;
import org.carebench.core.CarebenchException;
import org.carebench.core.SetupService;
import org.carebench.core.UserRef;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

/**
 * What happens before the workbench window opens: the database is opened (and upgraded), demo cases are loaded
 * if asked, and a user is signed in. Every failure is shown as a message the user can act on; the workbench then
 * does not start, and nothing is changed.
 */
final class Startup {

	private final StartupOptions options;
	private boolean failed;

	Startup(StartupOptions options) {
		this.options = options;
	}

	/** Whether Carebench could not start (its database could not be opened), as opposed to a sign-in given up. */
	boolean failed() {
		return failed;
	}

	/** The signed-in user, or empty when Carebench cannot start (the user was told why). */
	Optional<UserRef> run() {
		try {
			new ProgressMonitorDialog(null).run(true, false, this::openDatabase);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof DatabaseException refusal) {
				log(IStatus.WARNING, refusal.getMessage(), refusal);
				tell(refusal.getMessage());
			} else {
				log(IStatus.ERROR, Messages.Startup_failed, cause);
				tell(NLS.bind(Messages.Startup_failedDetail, cause));
			}
			failed = true;
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		return signIn();
	}

	/**
	 * Shows why Carebench cannot start; unattended runs (UI tests, {@code -Dcarebench.unattended=true}) only log
	 * it, so that they end instead of waiting for someone to close the dialog.
	 */
	private static void tell(String message) {
		if (!Boolean.getBoolean("carebench.unattended")) { //$NON-NLS-1$
			MessageDialog.openError(null, Messages.Startup_databaseTitle, message);
		}
	}

	private void openDatabase(IProgressMonitor monitor) throws InvocationTargetException {
		try {
			monitor.beginTask(NLS.bind(Messages.Startup_openingDatabase, options.database().describe()),
					IProgressMonitor.UNKNOWN);
			Services.get(Database.class).open(options.database());
			if (options.demoCases() > 0) {
				loadDemoData(monitor);
			}
		} catch (RuntimeException e) {
			throw new InvocationTargetException(e);
		} finally {
			monitor.done();
		}
	}

	private void loadDemoData(IProgressMonitor monitor) {
		if (demoInstalled()) {
			DemoStart.load(options.demoCases(), monitor);
		}
	}

	/** Whether the demo bundle is there (the trial product); only then is {@link DemoStart} loaded. */
	static boolean demoInstalled() {
		return org.eclipse.core.runtime.Platform.getBundle("org.carebench.demo") != null; //$NON-NLS-1$
	}

	/** Loads demo data into an empty database, without progress (command-line tools). */
	static void loadDemoDataQuietly(long cases) {
		if (demoInstalled()) {
			DemoStart.load(cases, null);
		}
	}

	/** Signs in with the options' credentials, or asks for them until they are right or the user gives up. */
	private Optional<UserRef> signIn() {
		AuthenticationService authentication = Services.get(AuthenticationService.class);
		SetupService setup = Services.get(SetupService.class);
		if (setup.needsFirstAdministrator()) {
			// a production database's first start: nobody can sign in until its administrator exists
			FirstAdministratorDialog first = new FirstAdministratorDialog(null, setup, authentication);
			return first.open() == Window.OK ? Optional.of(first.user()) : Optional.empty();
		}
		String problem = options.passwordOnCommandLine() ? Messages.Startup_passwordOnCommandLine : null;
		if (options.userLogin().isPresent() && options.password().isPresent() && !options.passwordOnCommandLine()) {
			try {
				return Optional.of(authentication.signIn(options.userLogin().get(),
						options.password().get().toCharArray()));
			} catch (CarebenchException refused) {
				problem = refused.getMessage();
			}
		}
		LoginDialog dialog = new LoginDialog(options.userLogin().orElse(""), demoHint(), problem, //$NON-NLS-1$
				(login, password) -> authentication.signIn(login, password));
		return dialog.open() == Window.OK ? Optional.of(dialog.user()) : Optional.empty();
	}

	/** On a demo database, the login dialog says how to sign in. */
	private static String demoHint() {
		return demoInstalled() && DemoStart.holdsDemoData() ? Messages.Login_demoHint : null;
	}

	private static void log(int severity, String message, Throwable cause) {
		ILog.of(Startup.class).log(new Status(severity, AppPreferences.NODE, message, cause));
	}
}
