package org.carebench.app.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** A page of Carebench's own preferences: field editors over {@link AppPreferences}, under a description. */
abstract class AppPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	AppPreferencePage(String description) {
		super(GRID);
		setDescription(description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AppPreferences.store());
	}
}
