package org.carebench.app.internal;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The workbench's own preferences, kept in the user's Carebench workspace. */
final class AppPreferences {

	static final String NODE = "org.carebench.app"; //$NON-NLS-1$
	/** A folder or a jdbc:derby:// URL; empty for the default database. */
	static final String DATABASE = "database"; //$NON-NLS-1$
	/** en, es or it; empty for the operating system's language. Read by the launcher script (-nl). */
	static final String LANGUAGE = "language"; //$NON-NLS-1$

	private AppPreferences() {
	}

	static IPreferenceStore store() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
	}

	static Optional<String> database() {
		String value = InstanceScope.INSTANCE.getNode(NODE).get(DATABASE, ""); //$NON-NLS-1$
		return value.isBlank() ? Optional.empty() : Optional.of(value);
	}
}
