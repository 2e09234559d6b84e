package org.carebench.persistence.tests;

import java.nio.file.Path;

import org.carebench.persistence.DatabaseSecrets;

/** Points this JVM's secure storage at a folder of a test's own until closed, then back where it was. */
final class SecretsFolder implements AutoCloseable {

	private final String previous;

	SecretsFolder(Path folder) {
		previous = System.setProperty(DatabaseSecrets.LOCATION_PROPERTY, folder.toString());
	}

	@Override
	public void close() {
		if (previous == null) {
			System.clearProperty(DatabaseSecrets.LOCATION_PROPERTY);
		} else {
			System.setProperty(DatabaseSecrets.LOCATION_PROPERTY, previous);
		}
	}
}
