package org.carebench.planning.ui.internal;

import org.carebench.core.DirectoryService;
import org.carebench.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the care plan lists (goals, basic items) of the projects the user works in. */
public class PlanListsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new PlanListsDialog(HandlerUtil.getActiveShell(event), Services.get(DirectoryService.class).projects())
				.open();
		return null;
	}
}
