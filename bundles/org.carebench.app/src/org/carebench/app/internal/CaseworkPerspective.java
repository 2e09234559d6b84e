package org.carebench.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The caseworker's layout: case editors in the middle; area bundles place their views around them through
 * perspective extensions, so that the layout holds exactly what is installed.
 */
public class CaseworkPerspective implements IPerspectiveFactory {

	public static final String ID = "org.carebench.app.perspective"; //$NON-NLS-1$
	/** The left column's upper part (the overview). */
	public static final String LEFT = "org.carebench.folder.left"; //$NON-NLS-1$
	/** The left column's lower part (what is due, the report list). */
	public static final String LEFT_BOTTOM = "org.carebench.folder.leftBottom"; //$NON-NLS-1$
	/** Above the editors (the case list, the dashboard). */
	public static final String TOP = "org.carebench.folder.top"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		// named places that bundles stack their views into: relative to one another's views, the result would
		// depend on the order in which the workbench reads the bundles' extensions
		String editors = layout.getEditorArea();
		layout.createPlaceholderFolder(LEFT, IPageLayout.LEFT, 0.22f, editors);
		layout.createPlaceholderFolder(LEFT_BOTTOM, IPageLayout.BOTTOM, 0.45f, LEFT);
		layout.createPlaceholderFolder(TOP, IPageLayout.TOP, 0.42f, editors);
	}
}
