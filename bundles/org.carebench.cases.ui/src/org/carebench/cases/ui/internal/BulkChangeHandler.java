package org.carebench.cases.ui.internal;

import org.carebench.ui.Problems;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Changes the status, the assignment or the flags of the cases selected in the list (or of all the list's cases):
 * one command per kind, told apart by the command's id.
 */
public class BulkChangeHandler extends AbstractHandler {

	static final String STATUS = "org.carebench.cases.ui.bulkStatus"; //$NON-NLS-1$
	static final String ASSIGN = "org.carebench.cases.ui.bulkAssign"; //$NON-NLS-1$
	static final String FLAG = "org.carebench.cases.ui.bulkFlag"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		BulkChangeDialog.Kind kind = switch (event.getCommand().getId()) {
			case ASSIGN -> BulkChangeDialog.Kind.ASSIGN;
			case FLAG -> BulkChangeDialog.Kind.FLAG;
			default -> BulkChangeDialog.Kind.STATUS;
		};
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		try {
			CaseListView list = (CaseListView) page.showView(CaseListView.ID);
			long[] selected = list.selectedIds();
			BulkChangeDialog dialog = new BulkChangeDialog(page.getWorkbenchWindow().getShell(), kind, selected.length,
					list.model().size(), list.projects());
			if (dialog.open() == Window.OK) {
				BulkChangeDialog.Choice choice = dialog.choice();
				BulkRun.start(page.getWorkbenchWindow().getShell(), choice,
						choice.allInList() ? list.model().allIds() : selected);
			}
		} catch (PartInitException e) {
			Problems.log(e);
		}
		return null;
	}
}
