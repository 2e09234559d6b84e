package org.carebench.app.internal;

import java.nio.file.Path;

import org.carebench.app.Screenshots;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * For {@code -carebench.screenshot}: once the window has been idle (no background job) for a moment, saves a
 * screenshot and closes the workbench. Lets a headless machine show what a user would see.
 */
final class ScreenshotWhenReady {

	private static final int POLL_MILLIS = 250;
	private static final int QUIET_POLLS = 8;
	private static final int MAX_POLLS = 240;

	private final IWorkbenchWindow window;
	private final Path file;
	private int polls;
	private int quietPolls;

	ScreenshotWhenReady(IWorkbenchWindow window, Path file) {
		this.window = window;
		this.file = file;
	}

	void start() {
		window.getShell().getDisplay().timerExec(POLL_MILLIS, this::poll);
	}

	private void poll() {
		Display display = window.getShell().getDisplay();
		polls++;
		quietPolls = Job.getJobManager().isIdle() ? quietPolls + 1 : 0;
		if (quietPolls < QUIET_POLLS && polls < MAX_POLLS) {
			display.timerExec(POLL_MILLIS, this::poll);
			return;
		}
		Screenshots.save(display, file);
		System.out.println("Screenshot saved to " + file); //$NON-NLS-1$
		PlatformUI.getWorkbench().close();
	}
}
