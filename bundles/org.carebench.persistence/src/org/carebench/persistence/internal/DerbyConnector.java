package org.carebench.persistence.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.security.cert.X509Certificate;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.core.OwnerOnly;
import org.carebench.persistence.DatabaseAccount;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseException.Problem;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.ServerCertificates;
import org.eclipse.osgi.util.NLS;

/**
 * Opens JDBC connections to Derby, embedded or through a network server, and turns Derby's refusals into
 * messages a user can act on. Drivers are called directly: {@code DriverManager} does not see bundle class
 * loaders. The network client lives in Derby's class loader (fragment org.carebench.derby.client).
 */
final class DerbyConnector {

	/** The schema of Carebench's tables. */
	static final String SCHEMA = "APP"; //$NON-NLS-1$

	/** Marker file of a Derby database directory. */
	static final String DERBY_MARKER = "service.properties"; //$NON-NLS-1$

	static {
		// clients' data: the files Derby creates are readable by their owner only, not by every user of the computer
		System.setProperty("derby.storage.useDefaultFilePermissions", "false"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private final DatabaseSettings settings;
	private final Driver driver;
	/** The server account from secure storage, read once. */
	private volatile java.util.Optional<DatabaseAccount> storedAccount;
	/** The server's certificate an administrator confirmed, read once; {@code null} until needed. */
	private volatile X509Certificate serverCertificate;

	DerbyConnector(DatabaseSettings settings) {
		this.settings = settings;
		this.driver = settings.isEmbedded() ? new EmbeddedDriver() : clientDriver();
	}

	/** Derby's network client driver, from Derby's class loader, where the client fragment puts it. */
	private static Driver clientDriver() {
		try {
			return (Driver) EmbeddedDriver.class.getClassLoader().loadClass("org.apache.derby.jdbc.ClientDriver") //$NON-NLS-1$
					.getConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new DatabaseException(Problem.FAILED,
					NLS.bind(Messages.Database_failed, "jdbc:derby://", "the network client is not installed"), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * The first connection of a session: checks the location, creates a missing embedded database when allowed,
	 * and explains any refusal.
	 */
	Connection openFirst() {
		boolean create = settings.isEmbedded() && prepareDirectory();
		Properties properties = connectionProperties();
		if (create) {
			// clients' data at rest: AES with a 256-bit key kept in this computer's secure storage (Derby's default is DES)
			properties.setProperty("dataEncryption", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding"); //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty("encryptionKeyLength", "256"); //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty("bootPassword", new String(DatabaseSecrets.local().createBootKey(settings.directory()))); //$NON-NLS-1$
		} else if (settings.isEmbedded() && DatabaseSecrets.isEncrypted(settings.directory())) {
			char[] bootKey = DatabaseSecrets.local().bootKey(settings.directory())
					.orElseThrow(() -> new DatabaseException(Problem.KEY_MISSING,
							NLS.bind(Messages.Database_keyMissing, settings.describe()), null));
			properties.setProperty("bootPassword", new String(bootKey)); //$NON-NLS-1$
		}
		if (!settings.isEmbedded() && !settings.insecureServer()) {
			serverCertificate = DatabaseSecrets.local().pinnedCertificate(settings.serverUrl())
					.orElseThrow(() -> new DatabaseException(Problem.SERVER_NOT_TRUSTED,
							NLS.bind(Messages.Database_serverUnknown, settings.describe()), null));
			refuseServerWithoutAuthentication();
		}
		return connect(create ? ";create=true" : "", properties); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The account to connect with, and the encryption a server must offer. A server's account comes from this
	 * computer's secure storage unless the settings name one; Derby takes it as properties, never in the URL.
	 */
	private Properties connectionProperties() {
		Properties properties = new Properties();
		DatabaseAccount account = settings.account();
		if (account == null && !settings.isEmbedded()) {
			if (storedAccount == null) {
				storedAccount = DatabaseSecrets.local().account(settings.serverUrl());
			}
			account = storedAccount.orElse(null);
		}
		if (account != null) {
			properties.setProperty("user", account.user()); //$NON-NLS-1$
			properties.setProperty("password", new String(account.password())); //$NON-NLS-1$
		}
		if (!settings.isEmbedded() && !settings.insecureServer()) {
			// the server's certificate is checked (against the pinned one, see driverConnect), not only used to encrypt
			properties.setProperty("ssl", "peerAuthentication"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return properties;
	}

	/**
	 * A server that lets in an account nobody created asks no password at all: clients' data must not go there.
	 * Probed with a random account, which a secured server refuses.
	 */
	private void refuseServerWithoutAuthentication() {
		Properties stranger = new Properties();
		stranger.setProperty("user", "carebench_probe_" + Long.toHexString(System.nanoTime())); //$NON-NLS-1$ //$NON-NLS-2$
		stranger.setProperty("password", new String(DatabaseSecrets.randomSecret())); //$NON-NLS-1$
		stranger.setProperty("ssl", "peerAuthentication"); //$NON-NLS-1$ //$NON-NLS-2$
		try (Connection admitted = driverConnect(settings.jdbcUrl(), stranger)) {
			if (admitted != null) {
				throw new DatabaseException(Problem.INSECURE_SERVER,
						NLS.bind(Messages.Database_noAuthentication, settings.describe()), null);
			}
		} catch (SQLException refused) {
			if (!isAuthenticationFailure(refused)) {
				throw classify(refused);
			}
		}
	}

	private static boolean isAuthenticationFailure(SQLException failure) {
		for (SQLException e = failure; e != null; e = next(e)) {
			if ("08004".equals(e.getSQLState())) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** A connection from the driver; to a server, only if it shows the certificate confirmed for it. */
	private Connection driverConnect(String url, Properties properties) throws SQLException {
		X509Certificate expected = serverCertificate;
		if (expected == null) {
			return driver.connect(url, properties);
		}
		return ServerCertificates.expect(expected, () -> driver.connect(url, properties));
	}

	/** A data source for the connection pool, once the database is known to exist. */
	DataSource dataSource() {
		return new DriverDataSource();
	}

	/** Shuts an embedded database down, so that its files are released to other processes. */
	void shutdown() {
		if (!settings.isEmbedded()) {
			return;
		}
		try {
			driver.connect(settings.jdbcUrl() + ";shutdown=true", connectionProperties()).close(); //$NON-NLS-1$
		} catch (SQLException expected) {
			// Derby reports a successful shutdown of one database as SQLState 08006
		}
	}

	/** Whether the embedded database must be created; refuses locations that cannot hold one. */
	private boolean prepareDirectory() {
		Path directory = settings.directory();
		String where = directory.toString();
		Path ours = Paths.get(System.getProperty("user.home"), ".carebench"); //$NON-NLS-1$ //$NON-NLS-2$
		if (directory.toAbsolutePath().startsWith(ours)) {
			try {
				// older builds left it readable by everyone
				OwnerOnly.restrict(ours);
			} catch (IOException e) {
				throw new DatabaseException(Problem.NOT_ACCESSIBLE, NLS.bind(Messages.Database_notAccessible, ours), e);
			}
		}
		if (Files.exists(directory)) {
			if (!Files.isDirectory(directory)) {
				throw new DatabaseException(Problem.NOT_A_DATABASE, NLS.bind(Messages.Database_notADirectory, where),
						null);
			}
			if (!Files.isReadable(directory) || !Files.isWritable(directory) || !Files.isExecutable(directory)) {
				throw new DatabaseException(Problem.NOT_ACCESSIBLE, NLS.bind(Messages.Database_notAccessible, where),
						null);
			}
			if (Files.exists(directory.resolve(DERBY_MARKER))) {
				if (!Files.isReadable(directory.resolve(DERBY_MARKER))) {
					throw new DatabaseException(Problem.NOT_ACCESSIBLE,
							NLS.bind(Messages.Database_notAccessible, where), null);
				}
				return false;
			}
			if (!isEmpty(directory)) {
				throw new DatabaseException(Problem.NOT_A_DATABASE, NLS.bind(Messages.Database_notADatabase, where),
						null);
			}
		}
		if (!settings.createIfMissing()) {
			throw new DatabaseException(Problem.MISSING, NLS.bind(Messages.Database_missing, where), null);
		}
		try {
			Files.deleteIfExists(directory); // Derby creates the directory itself and refuses an existing one
			OwnerOnly.createDirectories(directory.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new DatabaseException(Problem.NOT_ACCESSIBLE, NLS.bind(Messages.Database_cannotCreate, where, e),
					e);
		}
		return true;
	}

	private static boolean isEmpty(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private Connection connect(String attributes, Properties properties) {
		try {
			Connection connection = driverConnect(settings.jdbcUrl() + attributes, properties);
			if (connection == null) {
				throw new DatabaseException(Problem.FAILED,
						NLS.bind(Messages.Database_failed, settings.describe(), "no driver accepts the URL"), null); //$NON-NLS-1$
			}
			return inCarebenchSchema(connection);
		} catch (SQLException e) {
			throw classify(e);
		}
	}

	/**
	 * Carebench's tables live in schema APP whoever connects: Derby's default schema is the user's own, and a
	 * workstation connecting as another account would otherwise migrate a second, empty Carebench into it.
	 */
	static Connection inCarebenchSchema(Connection connection) throws SQLException {
		try (Statement schema = connection.createStatement()) {
			schema.execute("SET SCHEMA " + SCHEMA); //$NON-NLS-1$
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	/** The user's view of a Derby refusal to connect. */
	DatabaseException classify(SQLException failure) {
		String where = settings.describe();
		for (SQLException e = failure; e != null; e = next(e)) {
			String state = e.getSQLState() == null ? "" : e.getSQLState(); //$NON-NLS-1$
			switch (state) {
				case "XSDB6": //$NON-NLS-1$
					return new DatabaseException(Problem.IN_USE, NLS.bind(Messages.Database_inUse, where), failure);
				case "XJ004": //$NON-NLS-1$
					return new DatabaseException(Problem.MISSING, NLS.bind(Messages.Database_missing, where), failure);
				case "XSLAN", "XSLAM", "XSLAP": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					return new DatabaseException(Problem.NEWER_VERSION,
							NLS.bind(Messages.Database_newerDerby, where), failure);
				// its properties, pages or log cannot be read: a damaged copy, not Carebench's fault nor the user's
				case "XCY03", "XBM0A", "XBM0S", "XSDG1", "XSDG2", "XSDG3", "XSDB3", "XSLA4", "XSLA6", "XSLA7": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					return new DatabaseException(Problem.DAMAGED,
							NLS.bind(Messages.Database_damaged, where, e.getMessage()), failure);
				case "08004": //$NON-NLS-1$
					if (!settings.isEmbedded()) {
						return new DatabaseException(Problem.ACCOUNT_REFUSED,
								NLS.bind(Messages.Database_accountRefused, where, e.getMessage()), failure);
					}
					break;
				case "XBM06", "XBCXD": //$NON-NLS-1$ //$NON-NLS-2$ a wrong boot key
					return new DatabaseException(Problem.KEY_MISSING, NLS.bind(Messages.Database_keyMissing, where),
							failure);
				case "08001", "08006": //$NON-NLS-1$ //$NON-NLS-2$
					if (!settings.isEmbedded()) {
						return serverNotReached(e, where, failure);
					}
					break;
				default:
					break;
			}
		}
		return new DatabaseException(Problem.FAILED, NLS.bind(Messages.Database_failed, where, rootMessage(failure)),
				failure);
	}

	/** A server not reached, or whose TLS handshake failed: then who refused whom. */
	private DatabaseException serverNotReached(SQLException e, String where, SQLException failure) {
		if (!settings.insecureServer()) {
			if (TlsFailures.impostor(e)) {
				return new DatabaseException(Problem.SERVER_NOT_TRUSTED,
						NLS.bind(Messages.Database_serverNotTrusted, where), failure);
			}
			if (TlsFailures.workstationRefused(e)) {
				return new DatabaseException(Problem.WORKSTATION_NOT_TRUSTED,
						NLS.bind(Messages.Database_workstationNotTrusted, where), failure);
			}
			if (TlsFailures.anyTls(e)) {
				return new DatabaseException(Problem.INSECURE_SERVER,
						NLS.bind(Messages.Database_noEncryption, where, e.getMessage()), failure);
			}
		}
		return new DatabaseException(Problem.UNREACHABLE, NLS.bind(Messages.Database_unreachable, where, e.getMessage()),
				failure);
	}

	private static SQLException next(SQLException e) {
		if (e.getNextException() != null) {
			return e.getNextException();
		}
		return e.getCause() instanceof SQLException cause ? cause : null;
	}

	private static String rootMessage(SQLException failure) {
		SQLException deepest = failure;
		for (SQLException e = failure; e != null; e = next(e)) {
			deepest = e;
		}
		return deepest.getMessage();
	}

	/** Connections straight from the driver; EclipseLink pools them (see {@link InternalConnectionPool}). */
	private final class DriverDataSource implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			return inCarebenchSchema(driverConnect(settings.jdbcUrl(), connectionProperties()));
		}

		@Override
		public Connection getConnection(String user, String password) throws SQLException {
			Properties credentials = new Properties();
			credentials.setProperty("user", user); //$NON-NLS-1$
			credentials.setProperty("password", password); //$NON-NLS-1$
			return inCarebenchSchema(driverConnect(settings.jdbcUrl(), credentials));
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
			// Derby logs to derby.log
		}

		@Override
		public void setLoginTimeout(int seconds) {
			// the driver's default applies
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			if (type.isInstance(this)) {
				return type.cast(this);
			}
			throw new SQLException("not a wrapper of " + type); //$NON-NLS-1$
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return type.isInstance(this);
		}
	}
}
