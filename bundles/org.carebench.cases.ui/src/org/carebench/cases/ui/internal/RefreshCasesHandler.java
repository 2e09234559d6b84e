package org.carebench.cases.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Reloads the case list. */
public class RefreshCasesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(CaseListView.ID);
		if (view instanceof CaseListView list) {
			list.refresh();
		}
		return null;
	}
}
