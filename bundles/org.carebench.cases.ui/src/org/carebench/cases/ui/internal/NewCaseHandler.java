package org.carebench.cases.ui.internal;

import org.carebench.cases.ui.CaseEditors;
import org.carebench.core.Session;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens a new case (intake) and shows it in its editor. */
public class NewCaseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		NewCaseDialog dialog = new NewCaseDialog(HandlerUtil.getActiveShell(event),
				Services.get(Session.class).user().orElse(null));
		if (dialog.open() == Window.OK && dialog.created() != null) {
			try {
				CaseEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), dialog.created().id(),
						dialog.created().code());
			} catch (PartInitException e) {
				Problems.log(e);
			}
		}
		return null;
	}
}
