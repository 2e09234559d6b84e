package org.carebench.cases.ui.internal;

import org.carebench.core.DirectoryService;
import org.carebench.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the import dialog for the projects the user works in. */
public class ImportCasesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new ImportDialog(HandlerUtil.getActiveShell(event), Services.get(DirectoryService.class).projects()).open();
		return null;
	}
}
