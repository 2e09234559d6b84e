package org.carebench.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carebench.core.OwnerOnly;
import org.carebench.core.SchemaContribution;
import org.carebench.core.Transactions;
import org.carebench.persistence.CarebenchServer;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseAccount;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.ServerCertificates;
import org.carebench.persistence.internal.DatabaseComponent;

/**
 * A real embedded Derby database in a temporary directory, with the schema of the given contributions (by default
 * every contribution registered in the running framework). Deleted on close.
 */
public final class TemporaryDatabase implements AutoCloseable {

	/** The workstations' account of {@link #onSecuredServer}. */
	public static final String SERVER_ACCOUNT = "carebench_app"; //$NON-NLS-1$

	private final Path directory;
	private final boolean deleteOnClose;
	private final DatabaseComponent component = new DatabaseComponent();
	/** The server and its own database, for {@link #onSecuredServer}; {@code null} for an embedded database. */
	private CarebenchServer server;
	private DatabaseComponent serverDatabase;

	private TemporaryDatabase(Path directory, List<SchemaContribution> contributions, boolean created) {
		this.directory = directory;
		this.deleteOnClose = created;
		contributions.forEach(component::addContribution);
		component.open(DatabaseSettings.embedded(directory, created));
	}

	private TemporaryDatabase(Path parent, List<SchemaContribution> contributions) throws Exception {
		this.directory = parent.resolve("server").resolve("carebench"); //$NON-NLS-1$ //$NON-NLS-2$
		this.deleteOnClose = true;
		serverDatabase = new DatabaseComponent();
		contributions.forEach(serverDatabase::addContribution);
		contributions.forEach(component::addContribution);
		char[] password = DatabaseSecrets.randomSecret();
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		server = CarebenchServer.start(new CarebenchServer.Settings(directory.getParent(), "127.0.0.1", port, //$NON-NLS-1$
				"carebench", SERVER_ACCOUNT, false, true), serverDatabase, password::clone, //$NON-NLS-1$
				new PrintWriter(new StringWriter()));
		// the database by its path: Derby resolves a bare name against the home of its engine's first start
		String url = "jdbc:derby://127.0.0.1:" + port + "/" + directory; //$NON-NLS-1$ //$NON-NLS-2$
		DatabaseSecrets.local().pinCertificate(url, ServerCertificates.read(server.settings().certificate()));
		component.open(DatabaseSettings.server(url).withAccount(new DatabaseAccount(SERVER_ACCOUNT, password)));
	}

	/**
	 * A fresh database on a {@link CarebenchServer} of its own (TLS, password, SQL authorization), used through the
	 * workstations' least-privileged account as a workstation uses it.
	 */
	public static TemporaryDatabase onSecuredServer() {
		try {
			return new TemporaryDatabase(Files.createTempDirectory("carebench-server-test"), //$NON-NLS-1$
					OsgiServices.all(SchemaContribution.class));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** An existing database (a copy the test made), opened and migrated like the product does; kept on close. */
	public static TemporaryDatabase openExisting(Path directory) {
		return new TemporaryDatabase(directory, OsgiServices.all(SchemaContribution.class), false);
	}

	/** A fresh database with every schema contribution of the running framework. */
	public static TemporaryDatabase create() {
		return create(OsgiServices.all(SchemaContribution.class));
	}

	/** A fresh database with exactly these contributions. */
	public static TemporaryDatabase create(List<SchemaContribution> contributions) {
		try {
			Path parent = Files.createTempDirectory("carebench-test"); //$NON-NLS-1$
			return new TemporaryDatabase(parent.resolve("db"), contributions, true); //$NON-NLS-1$
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public Transactions transactions() {
		return component;
	}

	public Database database() {
		return component;
	}

	/** The server's own database (opened by its owner), for {@link #onSecuredServer}; else empty. */
	public java.util.Optional<DatabaseComponent> serverDatabase() {
		return java.util.Optional.ofNullable(serverDatabase);
	}

	public Path directory() {
		return directory;
	}

	@Override
	public void close() {
		component.close();
		if (server != null) {
			try {
				server.close();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
		if (deleteOnClose) {
			deleteTree(server == null ? directory.getParent() : directory.getParent().getParent());
		}
	}

	/** Deletes a directory and everything below it; ignores what is already gone. */
	public static void deleteTree(Path root) {
		OwnerOnly.deleteTree(root);
	}
}
