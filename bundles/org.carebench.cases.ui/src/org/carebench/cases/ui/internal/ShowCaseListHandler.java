package org.carebench.cases.ui.internal;

import org.carebench.ui.Problems;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Brings the case list to the front (Ctrl+Shift+L). */
public class ShowCaseListHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(CaseListView.ID);
		} catch (PartInitException e) {
			Problems.log(e);
		}
		return null;
	}
}
