package org.carebench.persistence;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.core.OwnerOnly;
import org.carebench.persistence.internal.Keytool;

/**
 * The Derby Network Server that several workstations share, secured: it listens on one chosen address only, speaks
 * TLS only, lets in only the accounts of its own database (NATIVE authentication, SQL authorization), and its
 * database is encrypted. The owner account, which upgrades the schema, never leaves the server; workstations get an
 * account that may read and write rows and nothing more (see {@link AccountPrivileges}). Run it as an unprivileged
 * operating-system user: Derby no longer has a security manager to hold back what runs inside it.
 */
public final class CarebenchServer implements AutoCloseable {

	/** The database owner: creates and upgrades the schema. Its password is kept in the server's secure storage. */
	public static final String OWNER = "CAREBENCH_OWNER"; //$NON-NLS-1$

	/**
	 * Where and how the server runs.
	 *
	 * @param home               the server's folder: database, TLS keys, Derby's log (owner-only)
	 * @param host               the address it listens on; never all interfaces
	 * @param port               its port (Derby's is 1527)
	 * @param databaseName       the database's name in workstations' URLs
	 * @param account            the workstations' account
	 * @param peerAuthentication whether clients must present a certificate the server trusts, besides a password
	 * @param allowRoot          whether it may run as root (refused unless said on purpose)
	 */
	public record Settings(Path home, String host, int port, String databaseName, String account,
			boolean peerAuthentication, boolean allowRoot) {

		public Path databaseDirectory() {
			return home.resolve(databaseName);
		}

		/** The URL workstations connect to (no account in it: that is in their secure storage). */
		public String url() {
			return "jdbc:derby://" + host + ':' + port + '/' + databaseName; //$NON-NLS-1$
		}

		public Path certificate() {
			return home.resolve("tls").resolve("server.crt"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** What {@link #start} sets for Derby's TLS, cleared by {@link #close}. */
	private static final List<String> TLS_PROPERTIES = List.of("derby.drda.sslMode", "javax.net.ssl.keyStore", //$NON-NLS-1$ //$NON-NLS-2$
			"javax.net.ssl.keyStoreType", "javax.net.ssl.keyStorePassword", "derby.drda.logConnections", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType", "javax.net.ssl.trustStorePassword"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Settings settings;
	private final NetworkServerControl control;
	private final Database database;
	private final ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "carebench-server-upkeep"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	private CarebenchServer(Settings settings, NetworkServerControl control, Database database) {
		this.settings = settings;
		this.control = control;
		this.database = database;
	}

	/**
	 * Creates the database on the first start (asking {@code accountPassword} for the workstations' account then),
	 * upgrades it with the owner account, gives the workstations' account its rights and starts listening.
	 *
	 * @throws IllegalStateException with a message for the administrator when it cannot start safely
	 */
	public static CarebenchServer start(Settings settings, Database database, Supplier<char[]> accountPassword,
			PrintWriter log) throws Exception {
		refuseUnsafeSettings(settings);
		if (settings.peerAuthentication() && TrustedWorkstations.count(settings.home(), DatabaseSecrets.local()) == 0) {
			throw new IllegalStateException("No workstation's certificate is trusted yet: for each workstation," //$NON-NLS-1$
					+ " run 'carebench server trust <its certificate>' (it prints where its certificate is with" //$NON-NLS-1$
					+ " 'carebench connect -certificate'), then start the server again"); //$NON-NLS-1$
		}
		OwnerOnly.createDirectories(settings.home());
		OwnerOnly.restrict(settings.home());
		System.setProperty("derby.system.home", settings.home().toString()); //$NON-NLS-1$
		System.setProperty("derby.storage.useDefaultFilePermissions", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		DatabaseSecrets secrets = DatabaseSecrets.local();
		Path directory = settings.databaseDirectory();
		if (!Files.exists(directory.resolve("service.properties"))) { //$NON-NLS-1$
			create(settings, secrets, accountPassword.get());
		}
		DatabaseSettings asOwner = ownerSettings(directory);
		DatabaseAccount owner = asOwner.account();
		database.open(asOwner);
		database.prepareAccount(settings.account());
		Path keyStore = ensureKeyStore(settings, secrets);
		String keyStorePassword = new String(secrets.account(keyStoreKey(settings)).orElseThrow().password());
		System.setProperty("derby.drda.sslMode", settings.peerAuthentication() ? "peerAuthentication" : "basic"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		System.setProperty("javax.net.ssl.keyStore", keyStore.toString()); //$NON-NLS-1$
		System.setProperty("javax.net.ssl.keyStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty("javax.net.ssl.keyStorePassword", keyStorePassword); //$NON-NLS-1$
		System.setProperty("derby.drda.logConnections", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		if (settings.peerAuthentication()) {
			// the workstations' certificates its administrator trusted, and no others: not Java's authorities
			Path trusted = TrustedWorkstations.store(settings.home());
			System.setProperty("javax.net.ssl.trustStore", trusted.toString()); //$NON-NLS-1$
			System.setProperty("javax.net.ssl.trustStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
			System.setProperty("javax.net.ssl.trustStorePassword", //$NON-NLS-1$
					new String(TrustedWorkstations.password(settings.home(), secrets)));
		}
		NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(settings.host()),
				settings.port(), OWNER, new String(owner.password()));
		CarebenchServer server = new CarebenchServer(settings, control, database);
		try {
			control.start(log);
			awaitListening(settings);
		} catch (Exception | Error e) {
			try {
				server.close();
			} catch (Exception second) {
				e.addSuppressed(second);
			}
			throw e;
		}
		// users added since: their report scopes, made by the owner (see SchemaContribution.prepareAccount)
		server.upkeep.scheduleWithFixedDelay(() -> server.prepareAccount(log), 1, 1, TimeUnit.MINUTES);
		return server;
	}

	public Settings settings() {
		return settings;
	}

	/**
	 * The server's database in {@code directory} as its owner opens it (to upgrade it, back it up or restore it,
	 * with the server stopped for a restore), the owner's password from this server's secure storage.
	 *
	 * @throws IllegalStateException when the password is not there
	 */
	public static DatabaseSettings ownerSettings(Path directory) {
		DatabaseSecrets secrets = DatabaseSecrets.local();
		DatabaseAccount owner = secrets.account(ownerKey(directory)).orElseThrow(() -> new IllegalStateException(
				"The owner's password of " + directory + " is not in this server's secure storage (" //$NON-NLS-1$ //$NON-NLS-2$
						+ secrets.folder() + "): import the agency's keys file (docs/administration.md, \"Encryption and keys\")")); //$NON-NLS-1$
		return DatabaseSettings.embedded(directory, false).withAccount(owner);
	}

	private void prepareAccount(PrintWriter log) {
		try {
			database.prepareAccountForNewRows(settings.account());
		} catch (RuntimeException e) {
			log.println("Could not update the workstations' account: " + e.getMessage()); //$NON-NLS-1$
			log.flush();
		}
	}

	/** Stops listening and shuts the database down. */
	@Override
	public void close() throws Exception {
		upkeep.shutdownNow();
		try {
			stopListening();
		} finally {
			database.close();
			for (String property : TLS_PROPERTIES) {
				System.clearProperty(property);
			}
		}
	}

	private static void refuseUnsafeSettings(Settings settings) throws IOException {
		InetAddress address = InetAddress.getByName(settings.host());
		if (address.isAnyLocalAddress()) {
			throw new IllegalStateException("The server listens on one address, not on all of them (" //$NON-NLS-1$
					+ settings.host() + "): give the address of the network the workstations are on"); //$NON-NLS-1$
		}
		if (!settings.allowRoot() && isRoot()) {
			throw new IllegalStateException("The Carebench server does not run as root: whatever ran inside it could" //$NON-NLS-1$
					+ " do anything on this computer. Run it as an unprivileged user (docs/administration.md)."); //$NON-NLS-1$
		}
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Paths.get("/proc/self"), "unix:uid")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "root".equals(System.getProperty("user.name")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * A new encrypted database whose owner is {@link #OWNER}, with NATIVE authentication and SQL authorization kept
	 * in the database itself (so that no server flag can turn them off), and the workstations' account.
	 */
	private static void create(Settings settings, DatabaseSecrets secrets, char[] accountPassword)
			throws SQLException {
		Path directory = settings.databaseDirectory();
		if (accountPassword == null || accountPassword.length < 12) {
			throw new IllegalStateException("The workstations' account needs a password of 12 characters or more"); //$NON-NLS-1$
		}
		DatabaseAccount owner = new DatabaseAccount(OWNER, DatabaseSecrets.randomSecret());
		secrets.saveAccount(ownerKey(directory), owner);
		Properties create = credentials(owner);
		create.setProperty("create", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		create.setProperty("dataEncryption", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		create.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding"); //$NON-NLS-1$ //$NON-NLS-2$
		create.setProperty("encryptionKeyLength", "256"); //$NON-NLS-1$ //$NON-NLS-2$
		create.setProperty("bootPassword", new String(secrets.createBootKey(directory))); //$NON-NLS-1$
		EmbeddedDriver driver = new EmbeddedDriver();
		try (Connection connection = driver.connect("jdbc:derby:" + directory, create); //$NON-NLS-1$
				Statement statement = connection.createStatement()) {
			// the owner first: Derby takes NATIVE authentication on only once the owner has credentials
			createUser(connection, OWNER, owner.password());
			createUser(connection, settings.account(), accountPassword);
			// the owner's credentials turned NATIVE::LOCAL authentication on, for good; the rest is set here
			for (String[] property : List.of(new String[] { "derby.connection.requireAuthentication", "true" }, //$NON-NLS-1$ //$NON-NLS-2$
					new String[] { "derby.database.sqlAuthorization", "true" }, //$NON-NLS-1$ //$NON-NLS-2$
					new String[] { "derby.database.propertiesOnly", "true" })) { //$NON-NLS-1$ //$NON-NLS-2$
				try (var set = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
					set.setString(1, property[0]);
					set.setString(2, property[1]);
					set.execute();
				}
			}
		} finally {
			Arrays.fill(accountPassword, ' ');
		}
		shutdown(driver, directory, owner); // SQL authorization takes effect at the next boot
	}

	private static void createUser(Connection connection, String user, char[] password) throws SQLException {
		try (var call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
			call.setString(1, user.toUpperCase(Locale.ROOT));
			call.setString(2, new String(password));
			call.execute();
		}
	}

	private static void shutdown(EmbeddedDriver driver, Path directory, DatabaseAccount owner) {
		Properties properties = credentials(owner);
		properties.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			driver.connect("jdbc:derby:" + directory, properties).close(); //$NON-NLS-1$
		} catch (SQLException expected) {
			// 08006: the database was shut down
		}
	}

	private static Properties credentials(DatabaseAccount account) {
		Properties properties = new Properties();
		properties.setProperty("user", account.user()); //$NON-NLS-1$
		properties.setProperty("password", new String(account.password())); //$NON-NLS-1$
		return properties;
	}

	/** The server's TLS key and self-signed certificate, made once with the JDK's keytool. */
	private static Path ensureKeyStore(Settings settings, DatabaseSecrets secrets) throws IOException,
			InterruptedException {
		Path folder = settings.home().resolve("tls"); //$NON-NLS-1$
		Path keyStore = folder.resolve("server.p12"); //$NON-NLS-1$
		if (Files.exists(keyStore) && secrets.account(keyStoreKey(settings)).isPresent()) {
			return keyStore;
		}
		OwnerOnly.createDirectories(folder);
		char[] password = DatabaseSecrets.randomSecret();
		secrets.saveAccount(keyStoreKey(settings), new DatabaseAccount("keystore", password)); //$NON-NLS-1$
		boolean numeric = settings.host().matches("[0-9.]+") || settings.host().contains(":"); //$NON-NLS-1$ //$NON-NLS-2$
		Keytool.newKey(keyStore, password, "carebench", "CN=" + settings.host() + ", O=Carebench", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				(numeric ? "ip:" : "dns:") + settings.host(), settings.certificate()); //$NON-NLS-1$ //$NON-NLS-2$
		return keyStore;
	}

	/**
	 * Waits until the server accepts connections. Derby's own ping cannot be used: with TLS on, Derby 10.17's
	 * commands (ping, shutdown) read the server's encrypted answer as plain text and fail; JDBC is not affected.
	 */
	private static void awaitListening(Settings settings) throws IOException, InterruptedException {
		for (int attempt = 0;; attempt++) {
			try (Socket probe = new Socket(InetAddress.getByName(settings.host()), settings.port())) {
				return;
			} catch (IOException notYet) {
				if (attempt > 200) {
					throw notYet;
				}
				Thread.sleep(50);
			}
		}
	}

	/**
	 * Stops accepting connections and ends the server's sessions. Derby's shutdown command fails over TLS (see
	 * {@link #awaitListening}), so the server is told directly, as Derby's engine tells a server it started itself,
	 * and its listening socket closed so that its accepting thread sees it.
	 */
	private void stopListening() throws ReflectiveOperationException, IOException {
		Field implementation = NetworkServerControl.class.getDeclaredField("serverImpl"); //$NON-NLS-1$
		implementation.setAccessible(true);
		Object server = implementation.get(control);
		Method shutdown = server.getClass().getDeclaredMethod("directShutdownInternal"); //$NON-NLS-1$
		shutdown.setAccessible(true);
		shutdown.invoke(server);
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getClass().getName().equals("org.apache.derby.impl.drda.ClientThread")) { //$NON-NLS-1$
				Field parent = thread.getClass().getDeclaredField("parent"); //$NON-NLS-1$
				Field socket = thread.getClass().getDeclaredField("serverSocket"); //$NON-NLS-1$
				parent.setAccessible(true);
				socket.setAccessible(true);
				if (parent.get(thread) == server) {
					((ServerSocket) socket.get(thread)).close();
				}
			}
		}
	}

	private static String ownerKey(Path directory) {
		return "server-owner:" + directory.toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	private static String keyStoreKey(Settings settings) {
		return "server-keystore:" + settings.home().toAbsolutePath().normalize(); //$NON-NLS-1$
	}
}
