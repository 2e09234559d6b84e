package org.carebench.app.internal;

import java.util.Objects;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The language of the workbench: the operating system's, or English, Spanish or Italian whatever the system's.
 * The launcher passes it to the next start; choosing another one offers to restart now.
 */
public class LanguagePreferencePage extends AppPreferencePage {

	private String before;

	public LanguagePreferencePage() {
		super(Messages.Preferences_languageDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		super.init(workbench);
		before = getPreferenceStore().getString(AppPreferences.LANGUAGE);
	}

	@Override
	protected void createFieldEditors() {
		// the languages are named in their own language, so that anyone finds his own
		addField(new ComboFieldEditor(AppPreferences.LANGUAGE, Messages.Preferences_language,
				new String[][] { { Messages.Preferences_languageSystem, "" }, { "English", "en" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						{ "Español", "es" }, { "Italiano", "it" } }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean saved = super.performOk();
		String after = getPreferenceStore().getString(AppPreferences.LANGUAGE);
		if (saved && !Objects.equals(before, after)) {
			before = after;
			if (MessageDialog.openQuestion(getShell(), Messages.Preferences_languageRestartTitle,
					Messages.Preferences_languageRestart)) {
				getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
			}
		}
		return saved;
	}
}
