package org.carebench.app.internal;

import org.carebench.core.UserRef;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Carebench window: title, size, tool bar, status line with the session. */
final class CarebenchWindowAdvisor extends WorkbenchWindowAdvisor {

	private final StartupOptions options;
	private final UserRef user;

	CarebenchWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupOptions options, UserRef user) {
		super(configurer);
		this.options = options;
		this.user = user;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CarebenchActionBarAdvisor(configurer, user, options.database().describe());
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 860));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle("Carebench"); //$NON-NLS-1$
	}

	@Override
	public void postWindowOpen() {
		getWindowConfigurer().getWindow().getShell().setMaximized(true);
		EditorAreaWhenNeeded.install(getWindowConfigurer().getWindow().getActivePage());
		options.screenshot().ifPresent(file -> new ScreenshotWhenReady(getWindowConfigurer().getWindow(), file).start());
	}
}
