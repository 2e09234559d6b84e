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
 * @param account         the account to connect with; {@code null}: a server's comes from this computer's
 *                        {@link DatabaseSecrets}, an embedded database needs none
 * @param insecureServer  whether a server without authentication or encryption is accepted: only when an
 *                        administrator says so on purpose ({@value #INSECURE_PROPERTY})
 */
public record DatabaseSettings(Path directory, String serverUrl, boolean createIfMissing, DatabaseAccount account,
		boolean insecureServer) {

	/** System property (and command-line option {@code -carebench.db}) naming the database. */
	public static final String LOCATION_PROPERTY = "carebench.db"; //$NON-NLS-1$
	/** System property allowing the database named by {@link #LOCATION_PROPERTY} to be created. */
	public static final String CREATE_PROPERTY = "carebench.db.create"; //$NON-NLS-1$

	/**
	 * System property an administrator sets to {@code allow} to connect to a Derby server that does not ask for a
	 * password or does not encrypt: for a test bench, never for clients' data.
	 */
	public static final String INSECURE_PROPERTY = "carebench.db.insecureServer"; //$NON-NLS-1$

	private static final String SERVER_PREFIX = "jdbc:derby://"; //$NON-NLS-1$

	public static DatabaseSettings embedded(Path directory, boolean createIfMissing) {
		return new DatabaseSettings(directory.toAbsolutePath().normalize(), null, createIfMissing, null, false);
	}

	/**
	 * A database on a Derby Network Server. The URL names host, port and database only: a user or password in it
	 * would end up in preferences, command lines and logs, so it is refused.
	 */
	public static DatabaseSettings server(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.contains(";user=") || lower.contains(";password=") || lower.contains(";bootpassword=")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new IllegalArgumentException(
					"The database URL must not carry a user or password: store the workstation's account with 'carebench connect' (docs/administration.md)"); //$NON-NLS-1$
		}
		return new DatabaseSettings(null, url, false, null,
				"allow".equals(System.getProperty(INSECURE_PROPERTY))); //$NON-NLS-1$
	}

	/** The same database, reached with {@code chosen}. */
	public DatabaseSettings withAccount(DatabaseAccount chosen) {
		return new DatabaseSettings(directory, serverUrl, createIfMissing, chosen, insecureServer);
	}

	/** The same server, accepted even without authentication or encryption (tests, a bench on one computer). */
	public DatabaseSettings allowingInsecureServer() {
		return new DatabaseSettings(directory, serverUrl, createIfMissing, account, true);
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
