package org.carebench.persistence;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Where Carebench's database lives: an embedded Derby database in a directory (the default, one workstation) or a
 * Derby Network Server that several workstations share.
 *
 * @param directory       the embedded database's directory; {@code null} for a server
 * @param serverUrl       the server's JDBC URL ({@code jdbc:derby://host:port/name}); {@code null} when embedded
 * @param createIfMissing whether a missing embedded database may be created; never for a directory the user
 *                        named, so that a mistyped path does not silently start an empty database
 */
public record DatabaseSettings(Path directory, String serverUrl, boolean createIfMissing) {

	/** System property (and command-line option {@code -carebench.db}) naming the database. */
	public static final String LOCATION_PROPERTY = "carebench.db"; //$NON-NLS-1$
	/** System property allowing the database named by {@link #LOCATION_PROPERTY} to be created. */
	public static final String CREATE_PROPERTY = "carebench.db.create"; //$NON-NLS-1$

	private static final String SERVER_PREFIX = "jdbc:derby://"; //$NON-NLS-1$

	public static DatabaseSettings embedded(Path directory, boolean createIfMissing) {
		return new DatabaseSettings(directory.toAbsolutePath().normalize(), null, createIfMissing);
	}

	public static DatabaseSettings server(String url) {
		return new DatabaseSettings(null, url, false);
	}

	/** A directory path or a {@code jdbc:derby://} URL, as typed in a preference or on the command line. */
	public static DatabaseSettings parse(String location, boolean createIfMissing) {
		String trimmed = location.strip();
		if (trimmed.toLowerCase(Locale.ROOT).startsWith(SERVER_PREFIX)) {
			return server(trimmed);
		}
		if (trimmed.startsWith("~/")) { //$NON-NLS-1$
			trimmed = System.getProperty("user.home") + trimmed.substring(1); //$NON-NLS-1$
		}
		return embedded(Paths.get(trimmed), createIfMissing);
	}

	/** The database of a user who chose none: {@code ~/.carebench/database}, created on first start. */
	public static DatabaseSettings userDefault() {
		return embedded(Paths.get(System.getProperty("user.home"), ".carebench", "database"), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The database named by the {@code carebench.db} system property, else the user's default one. */
	public static DatabaseSettings fromSystemProperties() {
		String location = System.getProperty(LOCATION_PROPERTY);
		if (location == null || location.isBlank()) {
			return userDefault();
		}
		return parse(location, Boolean.getBoolean(CREATE_PROPERTY));
	}

	public boolean isEmbedded() {
		return directory != null;
	}

	/** The JDBC URL, without the create attribute. */
	public String jdbcUrl() {
		return isEmbedded() ? "jdbc:derby:" + directory : serverUrl; //$NON-NLS-1$
	}

	/** What the status line and messages show: the directory, or the server URL without credentials. */
	public String describe() {
		if (isEmbedded()) {
			return directory.toString();
		}
		int attributes = serverUrl.indexOf(';');
		return attributes < 0 ? serverUrl : serverUrl.substring(0, attributes);
	}
}
