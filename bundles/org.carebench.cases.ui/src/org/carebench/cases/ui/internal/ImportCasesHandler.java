package org.carebench.cases.ui.internal;

import org.carebench.core.DirectoryService;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the import dialog for the projects the user works in. */
public class ImportCasesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new ImportDialog(HandlerUtil.getActiveShell(event), CasesUi.service(DirectoryService.class).projects()).open();
		return null;
	}
}
