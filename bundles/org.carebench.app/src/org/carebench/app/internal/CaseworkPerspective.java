package org.carebench.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The caseworker's layout: case editors in the middle; area bundles place their views around them through
 * perspective extensions, so that the layout holds exactly what is installed.
 */
public class CaseworkPerspective implements IPerspectiveFactory {

	public static final String ID = "org.carebench.app.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
