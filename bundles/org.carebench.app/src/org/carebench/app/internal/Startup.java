package org.carebench.app.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.Optional;

import org.carebench.core.CarebenchException;
import org.carebench.core.DirectoryService;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.demo.DemoData;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;

/**
 * What happens before the workbench window opens: the database is opened (and upgraded), demo cases are loaded
 * if asked, and a user is signed in. Every failure is shown as a message the user can act on; the workbench then
 * does not start, and nothing is changed.
 */
final class Startup {

	private final StartupOptions options;

	Startup(StartupOptions options) {
		this.options = options;
	}

	/** The signed-in user, or empty when Carebench cannot start (the user was told why). */
	Optional<UserRef> run() {
		try {
			new ProgressMonitorDialog(null).run(true, false, this::openDatabase);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof DatabaseException refusal) {
				log(IStatus.WARNING, refusal.getMessage(), refusal);
				MessageDialog.openError(null, Messages.Startup_databaseTitle, refusal.getMessage());
			} else {
				log(IStatus.ERROR, Messages.Startup_failed, cause);
				MessageDialog.openError(null, Messages.Startup_databaseTitle,
						NLS.bind(Messages.Startup_failedDetail, cause));
			}
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		return signIn();
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
		Optional<DemoData> demo = demoData();
		if (demo.isEmpty() || !demo.get().isEmpty()) {
			return;
		}
		monitor.beginTask(Messages.Startup_loadingDemo, (int) options.demoCases());
		demo.get().loadIfEmpty(options.demoCases(), true, new DemoData.Progress() {
			private long reported;

			@Override
			public void loaded(long done, long total) {
				monitor.subTask(NLS.bind(Messages.Startup_loadedCases, done, total));
				monitor.worked((int) (done - reported));
				reported = done;
			}
		});
	}

	/** The demo bundle is optional: production installations leave it out. */
	private static Optional<DemoData> demoData() {
		try {
			return Services.optional(DemoData.class);
		} catch (NoClassDefFoundError absent) {
			return Optional.empty();
		}
	}

	private Optional<UserRef> signIn() {
		DirectoryService directory = Services.get(DirectoryService.class);
		Optional<UserRef> user;
		try {
			user = options.userLogin().isPresent() ? directory.findUser(options.userLogin().get())
					: directory.findUser(DEFAULT_USER).or(() -> directory.users().stream()
							.min(Comparator.comparing(UserRef::login)));
		} catch (CarebenchException e) {
			MessageDialog.openError(null, Messages.Startup_databaseTitle, e.getMessage());
			return Optional.empty();
		}
		if (user.isEmpty()) {
			MessageDialog.openError(null, Messages.Startup_signInTitle,
					options.userLogin().isPresent() ? NLS.bind(Messages.Startup_noSuchUser, options.userLogin().get())
							: Messages.Startup_noUsers);
			return Optional.empty();
		}
		Services.get(Session.class).signIn(user.get());
		return user;
	}

	/** Until sign-in with credentials arrives, a demo database opens as its first caseworker. */
	private static final String DEFAULT_USER = "ana"; //$NON-NLS-1$

	private static void log(int severity, String message, Throwable cause) {
		ILog.of(Startup.class).log(new Status(severity, AppPreferences.NODE, message, cause));
	}
}
