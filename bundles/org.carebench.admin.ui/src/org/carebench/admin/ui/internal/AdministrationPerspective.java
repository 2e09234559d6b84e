package org.carebench.admin.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The administration perspective: its view alone, no editor area. */
public class AdministrationPerspective implements IPerspectiveFactory {

	static final String ID = "org.carebench.admin.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(AdministrationView.ID, false, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
	}
}
