package org.carebench.app.internal;

import org.carebench.persistence.DatabaseSettings;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

/**
 * Where Carebench's database is: a folder on this workstation, or a Derby Network Server shared by several. The
 * change applies at the next start; the {@code -carebench.db} option overrides it.
 */
public class DatabasePreferencePage extends AppPreferencePage {

	public DatabasePreferencePage() {
		super(Messages.Preferences_databaseDescription);
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor location = new StringFieldEditor(AppPreferences.DATABASE, Messages.Preferences_databaseLocation,
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().strip();
				if (value.toLowerCase().startsWith("jdbc:") && !value.toLowerCase().startsWith("jdbc:derby://")) { //$NON-NLS-1$ //$NON-NLS-2$
					setErrorMessage(Messages.Preferences_databaseBadUrl);
					return false;
				}
				return true;
			}
		};
		location.setEmptyStringAllowed(true);
		addField(location);
		Label hint = new Label(getFieldEditorParent(), SWT.WRAP);
		hint.setText(org.eclipse.osgi.util.NLS.bind(Messages.Preferences_databaseHint,
				DatabaseSettings.userDefault().describe()));
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		layout.widthHint = 420;
		hint.setLayoutData(layout);
	}
}
