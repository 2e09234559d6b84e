package org.carebench.cases.ui.internal;

import org.carebench.cases.CaseService;
import org.carebench.testing.ui.Ui;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Where the workbench tests start: no editor open, the case list shown with its filters loaded. */
record CaseListScreen(IWorkbenchPage page, CaseListView list, CaseService cases) {

	static CaseListScreen show() throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		CaseListView list = (CaseListView) page.showView(CaseListView.ID);
		Ui.waitUntil("the filters", () -> list.statusFilter().isEnabled());
		return new CaseListScreen(page, list, PlatformUI.getWorkbench().getService(CaseService.class));
	}
}
