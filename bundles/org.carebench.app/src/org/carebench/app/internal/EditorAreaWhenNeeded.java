package org.carebench.app.internal;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IEditorReference;

/**
 * Shows the editor area only while a case (or any editor) is open: with none, the case list above it takes the
 * whole height instead of leaving an empty grey box under it.
 */
final class EditorAreaWhenNeeded implements IPartListener2 {

	private final IWorkbenchPage page;

	private EditorAreaWhenNeeded(IWorkbenchPage page) {
		this.page = page;
	}

	/** Follows the page's editors from now on, starting with the state it is in. */
	static void install(IWorkbenchPage page) {
		page.addPartListener(new EditorAreaWhenNeeded(page));
		page.setEditorAreaVisible(page.getEditorReferences().length > 0);
	}

	@Override
	public void partOpened(IWorkbenchPartReference part) {
		if (part instanceof IEditorReference && !page.isEditorAreaVisible()) {
			page.setEditorAreaVisible(true);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference part) {
		if (part instanceof IEditorReference) {
			// after the closing is done: the last editor's own reference still counts while it closes
			page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
				if (page.getWorkbenchWindow().getShell() != null && !page.getWorkbenchWindow().getShell().isDisposed()
						&& page.getEditorReferences().length == 0) {
					page.setEditorAreaVisible(false);
				}
			});
		}
	}
}
