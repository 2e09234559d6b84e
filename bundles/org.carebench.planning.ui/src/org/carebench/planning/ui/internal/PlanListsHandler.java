package org.carebench.planning.ui.internal;

import org.carebench.cases.ui.PageSupport;
import org.carebench.core.DirectoryService;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the care plan lists (goals, basic items) of the projects the user works in. */
public class PlanListsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new PlanListsDialog(HandlerUtil.getActiveShell(event), PageSupport.service(DirectoryService.class).projects())
				.open();
		return null;
	}
}
