package org.carebench.app.internal;

import org.carebench.core.UserRef;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the casework perspective in a Carebench window. */
final class CarebenchWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupOptions options;
	private final UserRef user;

	CarebenchWorkbenchAdvisor(StartupOptions options, UserRef user) {
		this.options = options;
		this.user = user;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// every start shows the same, complete layout; restoring a layout from an older build could hide views
		configurer.setSaveAndRestore(false);
	}

	@Override
	public void postStartup() {
		ScheduledBackups.start();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CaseworkPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CarebenchWindowAdvisor(configurer, options, user);
	}
}
