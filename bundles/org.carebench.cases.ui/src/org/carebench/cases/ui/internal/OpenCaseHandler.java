package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.CaseSummary;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.ui.Problems;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the selected cases, each in its editor. */
public class OpenCaseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			List<CaseSummary> rows = structured.toList().stream().filter(CaseSummary.class::isInstance)
					.map(CaseSummary.class::cast).toList();
			open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), rows);
		}
		return null;
	}

	static void open(IWorkbenchPage page, List<CaseSummary> rows) {
		for (CaseSummary row : rows) {
			try {
				CaseEditors.open(page, row.id(), row.code());
			} catch (PartInitException e) {
				Problems.log(e);
			}
		}
	}
}
