package org.carebench.app.internal;

import java.util.Optional;

import org.carebench.core.UserRef;
import org.carebench.persistence.Database;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Carebench workbench application: opens the database, signs a user in, runs the workbench. */
public class CarebenchApplication implements IApplication {

	/** The exit code when the database cannot be opened. */
	static final Integer CANNOT_START = Integer.valueOf(2);

	@Override
	public Object start(IApplicationContext context) {
		Display.setAppName("Carebench"); //$NON-NLS-1$
		Display display = PlatformUI.createDisplay();
		try {
			StartupOptions options = StartupOptions.parse(Platform.getApplicationArgs(), AppPreferences.database());
			Startup startup = new Startup(options);
			Optional<UserRef> user = startup.run();
			if (user.isEmpty()) {
				// scripts and service managers see that it could not start; giving up the sign-in is no failure
				return startup.failed() ? CANNOT_START : IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display,
					new CarebenchWorkbenchAdvisor(options, user.get()));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			// an embedded database is shut down, so that it can be opened again at once
			Services.optional(Database.class).ifPresent(Database::close);
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
