package org.carebench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.carebench.core.internal.CoreSchema;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Network;
import org.carebench.persistence.CarebenchServer;
import org.carebench.persistence.DatabaseAccount;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseException.Problem;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.ServerCertificates;
import org.carebench.persistence.internal.DatabaseComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared database as a hostile tester on its network meets it: every test talks to loopback addresses only,
 * intruders run in JVMs of their own. One server for all tests: a JVM takes its TLS keys once.
 */
@TestInstance(Lifecycle.PER_CLASS)
class SecuredServerTest {

	private static final String ACCOUNT = "carebench_app"; //$NON-NLS-1$

	@TempDir
	static Path home;

	private SecretsFolder secrets;
	private String accountPassword;
	private CarebenchServer server;
	private final DatabaseComponent serverDatabase = new DatabaseComponent();
	private final DatabaseComponent workstation = new DatabaseComponent();

	@BeforeAll
	void startServer() throws Exception {
		secrets = new SecretsFolder(home.resolve("secrets")); //$NON-NLS-1$
		accountPassword = new String(DatabaseSecrets.randomSecret());
		serverDatabase.addContribution(new CoreSchema());
		workstation.addContribution(new CoreSchema());
		server = CarebenchServer.start(new CarebenchServer.Settings(home.resolve("server"), "127.0.0.1", freePort(), //$NON-NLS-1$ //$NON-NLS-2$
				"carebench", ACCOUNT, false, true), serverDatabase, accountPassword::toCharArray, //$NON-NLS-1$
				new PrintWriter(new StringWriter()));
	}

	@AfterEach
	void closeWorkstation() {
		workstation.close();
	}

	@AfterAll
	void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
		secrets.close();
	}

	/**
	 * The server's URL naming its database by path: Derby resolves a bare name against the home of the first start
	 * of its engine in this JVM, which other tests chose.
	 */
	private String url() {
		return pinned("jdbc:derby://127.0.0.1:" + server.settings().port() + "/" //$NON-NLS-1$ //$NON-NLS-2$
				+ server.settings().databaseDirectory());
	}

	/** {@code url}, whose server certificate this workstation confirmed, as 'carebench connect' does. */
	private String pinned(String url) {
		try {
			DatabaseSecrets.local().pinCertificate(url, ServerCertificates.read(server.settings().certificate()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return url;
	}

	private DatabaseAccount account() {
		return new DatabaseAccount(ACCOUNT, accountPassword.toCharArray());
	}

	@Test
	void aWorkstationWithTheAccountFromSecureStorageWorksWithTheServersTables() {
		String url = url();
		DatabaseSecrets.local().saveAccount(url, account());
		workstation.open(DatabaseSettings.server(url));
		long id = workstation.write(em -> {
			Network network = new Network("Red segura"); //$NON-NLS-1$
			em.persist(network);
			return network.getId();
		});
		assertEquals("Red segura", workstation.read(em -> em.find(Network.class, id).toRef().name())); //$NON-NLS-1$
		assertFalse(workstation.describeDatabase().contains(accountPassword), "no password in what is shown"); //$NON-NLS-1$
	}

	@Test
	void aUrlWithCredentialsIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> DatabaseSettings.server(url() + ";user=carebench_app;password=x")); //$NON-NLS-1$
	}

	@Test
	void aClientWithAWrongOrNoPasswordIsRefused() throws Exception {
		String url = url();
		String wrong = ClientProcess.tryConnect(home, url, ACCOUNT, new String(DatabaseSecrets.randomSecret()), "basic"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(wrong.startsWith("refused 08004"), wrong); //$NON-NLS-1$
		String none = ClientProcess.tryConnect(home, url, null, null, "basic"); //$NON-NLS-1$
		assertTrue(none.startsWith("refused 08004"), none); //$NON-NLS-1$
		String owner = ClientProcess.tryConnect(home, url, CarebenchServer.OWNER, accountPassword, "basic"); //$NON-NLS-1$
		assertTrue(owner.startsWith("refused 08004"), owner); //$NON-NLS-1$
		String right = ClientProcess.tryConnect(home, url, ACCOUNT, accountPassword, "basic"); //$NON-NLS-1$
		assertEquals("connected", right, "the same client with the account gets in: the refusals above were real"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aClientWithoutTlsIsRefused() throws Exception {
		String plain = ClientProcess.tryConnect(home, url(), ACCOUNT, accountPassword, null);
		assertTrue(plain.startsWith("refused"), plain); //$NON-NLS-1$
	}

	@Test
	void theAccountCannotRunJavaReadFilesGrantItselfRightsOrChangeTheLog() {
		workstation.open(DatabaseSettings.server(url()).withAccount(account()));
		List<String> attacks = List.of(
				"CREATE FUNCTION carebench_app.home(name VARCHAR(100)) RETURNS VARCHAR(200) PARAMETER STYLE JAVA" //$NON-NLS-1$
						+ " NO SQL LANGUAGE JAVA EXTERNAL NAME 'java.lang.System.getProperty'", //$NON-NLS-1$
				"CREATE FUNCTION app.home(name VARCHAR(100)) RETURNS VARCHAR(200) PARAMETER STYLE JAVA" //$NON-NLS-1$
						+ " NO SQL LANGUAGE JAVA EXTERNAL NAME 'java.lang.System.getProperty'", //$NON-NLS-1$
				"CREATE SCHEMA intruder", //$NON-NLS-1$
				"CREATE TABLE app.intruder (x INT)", //$NON-NLS-1$
				"CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('APP', 'CLIENT_PROFILE', '" + home.resolve("out.csv") //$NON-NLS-1$ //$NON-NLS-2$
						+ "', NULL, NULL, NULL)", //$NON-NLS-1$
				"CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE('APP', 'NETWORK', '/etc/hostname', NULL, NULL, NULL, 0)", //$NON-NLS-1$
				"CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + home.resolve("copy") + "')", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"CALL SYSCS_UTIL.SYSCS_CREATE_USER('INTRUDER', '" + new String(DatabaseSecrets.randomSecret()) + "')", //$NON-NLS-1$ //$NON-NLS-2$
				"CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'false')", //$NON-NLS-1$
				"GRANT UPDATE ON app.activity_log TO carebench_app", //$NON-NLS-1$
				"UPDATE app.activity_log SET action = 'forged'", //$NON-NLS-1$
				"DELETE FROM app.activity_log", //$NON-NLS-1$
				"UPDATE app.admin_log SET after_value = 'forged'", //$NON-NLS-1$
				"DELETE FROM app.admin_log", //$NON-NLS-1$
				"UPDATE app.databasechangelog SET id = 'forged'"); //$NON-NLS-1$
		for (String attack : attacks) {
			SQLException refused = workstation.query(connection -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute(attack);
					return null;
				} catch (SQLException e) {
					return e;
				}
			});
			assertNotNull(refused, attack + " was allowed"); //$NON-NLS-1$
			assertFalse(refused.getSQLState().startsWith("42X"), attack + ": refused as forbidden, not as a syntax error: " //$NON-NLS-1$ //$NON-NLS-2$
					+ refused.getSQLState() + " " + refused.getMessage()); //$NON-NLS-1$
		}
		assertEquals(1, (int) workstation.query(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO app.network (id, name) VALUES (-7, 'Escrita')"); //$NON-NLS-1$
				return statement.getUpdateCount();
			}
		}), "the account writes rows: the refusals above are of the attacks, not of everything"); //$NON-NLS-1$
	}

	@Test
	void aSnifferBetweenWorkstationAndServerSeesNoClientNameNorPassword() throws Exception {
		try (Relay relay = new Relay(server.settings().port())) {
			String url = pinned(url().replace(":" + server.settings().port() + "/", ":" + relay.port() + "/")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			workstation.open(DatabaseSettings.server(url).withAccount(account()));
			long networkId = workstation.write(em -> {
				Network network = new Network("Red vigilada"); //$NON-NLS-1$
				em.persist(network);
				return network.getId();
			});
			long clientId = workstation.write(em -> {
				ClientProfile client = new ClientProfile(networkId);
				client.setName("Zenobia", "Quispe Huamani"); //$NON-NLS-1$ //$NON-NLS-2$
				em.persist(client);
				return client.getId();
			});
			assertEquals("Zenobia", workstation.read(em -> em.find(ClientProfile.class, clientId).getFirstName())); //$NON-NLS-1$
			workstation.close();
			byte[] seen = relay.seen();
			assertTrue(seen.length > 1000, "the workstation talked through the relay"); //$NON-NLS-1$
			for (String secret : List.of("Zenobia", "Quispe", "Red vigilada", accountPassword, "CLIENT_PROFILE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				assertFalse(Bytes.contains(seen, secret.getBytes(StandardCharsets.UTF_8)), secret + " crossed the network in clear"); //$NON-NLS-1$
				assertFalse(Bytes.contains(seen, secret.getBytes(StandardCharsets.UTF_16BE)), secret + " crossed the network in clear"); //$NON-NLS-1$
			}
		}
	}

	@Test
	void aWorkstationRefusesAServerWhoseCertificateItNeverConfirmed() {
		String unconfirmed = "jdbc:derby://localhost:" + server.settings().port() + "/" //$NON-NLS-1$ //$NON-NLS-2$
				+ server.settings().databaseDirectory();
		DatabaseException refused = assertThrows(DatabaseException.class,
				() -> workstation.open(DatabaseSettings.server(unconfirmed).withAccount(account())));
		assertEquals(Problem.SERVER_NOT_TRUSTED, refused.problem(), refused.getMessage());
		assertTrue(refused.getMessage().contains("carebench connect"), refused.getMessage()); //$NON-NLS-1$
	}

	@Test
	void anImpostorWithAnotherCertificateGetsNoPassword() throws Exception {
		try (Impostor impostor = new Impostor(home.resolve("impostor"))) { //$NON-NLS-1$
			// the impostor took the server's place: the URL the workstation confirmed now leads to it
			String url = "jdbc:derby://127.0.0.1:" + impostor.port() + "/" + server.settings().databaseDirectory(); //$NON-NLS-1$ //$NON-NLS-2$
			DatabaseSecrets.local().pinCertificate(url, ServerCertificates.read(server.settings().certificate()));
			DatabaseException refused = assertThrows(DatabaseException.class,
					() -> workstation.open(DatabaseSettings.server(url).withAccount(account())));
			assertEquals(Problem.SERVER_NOT_TRUSTED, refused.problem(), refused.getMessage());
			assertTrue(impostor.handshakes() > 0, "the workstation did reach the impostor"); //$NON-NLS-1$
			assertEquals(0, impostor.bytesReceived(), "nothing but the TLS handshake reached the impostor"); //$NON-NLS-1$
		}
	}

	@Test
	void aWorkstationRefusesAServerWithoutPasswordOrTls() throws Exception {
		int port = freePort();
		String previousHome = System.setProperty("derby.system.home", home.resolve("open").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		String previousSsl = System.clearProperty("derby.drda.sslMode"); //$NON-NLS-1$
		NetworkServerControl open = PlainServer.start(port);
		try {
			// a plain server in the place of the one this workstation was connected to
			String url = pinned("jdbc:derby://localhost:" + port + "/anyone;create=true"); //$NON-NLS-1$ //$NON-NLS-2$
			DatabaseException refused = assertThrows(DatabaseException.class,
					() -> workstation.open(DatabaseSettings.parse(url, false))); //$NON-NLS-1$
			assertEquals(Problem.INSECURE_SERVER, refused.problem(), refused.getMessage());
			assertTrue(refused.getMessage().contains("carebench server"), refused.getMessage()); //$NON-NLS-1$
			// an administrator may allow it on purpose (a test bench)
			workstation.open(DatabaseSettings.parse(url, false).allowingInsecureServer());
		} finally {
			workstation.close();
			open.shutdown();
			if (previousSsl != null) {
				System.setProperty("derby.drda.sslMode", previousSsl); //$NON-NLS-1$
			}
			System.setProperty("derby.system.home", previousHome); //$NON-NLS-1$
		}
	}

	@Test
	void theServerListensOnOneAddressOnly() {
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> CarebenchServer.start(new CarebenchServer.Settings(home.resolve("all"), "0.0.0.0", 1527, //$NON-NLS-1$ //$NON-NLS-2$
						"carebench", ACCOUNT, false, true), new DatabaseComponent(), accountPassword::toCharArray, //$NON-NLS-1$
						new PrintWriter(new StringWriter())));
		assertTrue(refused.getMessage().contains("one address"), refused.getMessage()); //$NON-NLS-1$
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
