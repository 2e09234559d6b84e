package org.carebench.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Encrypts an embedded database that an older Carebench created in clear, in place: Derby rewrites every page with
 * a new random AES-256 key, kept in this computer's {@link DatabaseSecrets} like the key of a new database. The
 * database must not be open anywhere; a backup first is wise (Derby undoes a failed encryption at the next boot,
 * but a full disk is a full disk).
 */
public final class DatabaseEncryption {

	private DatabaseEncryption() {
	}

	/**
	 * @return {@code false} when it was encrypted already (nothing is done)
	 * @throws IllegalArgumentException when {@code directory} holds no Derby database
	 * @throws SQLException             when Derby cannot encrypt it (open elsewhere, damaged)
	 */
	public static boolean encrypt(Path directory) throws SQLException {
		Path database = directory.toAbsolutePath().normalize();
		if (!Files.exists(database.resolve("service.properties"))) { //$NON-NLS-1$
			throw new IllegalArgumentException("No Carebench database in " + database); //$NON-NLS-1$
		}
		if (DatabaseSecrets.isEncrypted(database)) {
			return false;
		}
		System.setProperty("derby.storage.useDefaultFilePermissions", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		DatabaseSecrets secrets = DatabaseSecrets.local();
		Properties encrypt = new Properties();
		encrypt.setProperty("dataEncryption", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		encrypt.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding"); //$NON-NLS-1$ //$NON-NLS-2$
		encrypt.setProperty("encryptionKeyLength", "256"); //$NON-NLS-1$ //$NON-NLS-2$
		encrypt.setProperty("bootPassword", new String(secrets.createBootKey(database))); //$NON-NLS-1$
		EmbeddedDriver driver = new EmbeddedDriver();
		try (Connection connection = driver.connect("jdbc:derby:" + database, encrypt)) { //$NON-NLS-1$
			// booting with these properties encrypted it
		}
		Properties shutdown = secrets.bootProperties(database);
		shutdown.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			driver.connect("jdbc:derby:" + database, shutdown).close(); //$NON-NLS-1$
		} catch (SQLException expected) {
			// 08006: shut down, its files closed
		}
		return true;
	}
}
