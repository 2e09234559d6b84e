package org.carebench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.carebench.core.SchemaContribution;
import org.carebench.core.internal.CoreSchema;
import org.carebench.core.model.Network;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseException.Problem;
import org.carebench.persistence.DatabaseAccount;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database shared through a Derby Network Server, as several workstations use one. */
class NetworkServerTest {

	@TempDir
	Path home;

	private NetworkServerControl server;
	private int port;
	private final DatabaseComponent first = new DatabaseComponent();
	private final DatabaseComponent second = new DatabaseComponent();

	@BeforeEach
	void startServer() throws Exception {
		System.setProperty("derby.system.home", home.toString());
		port = freePort();
		server = PlainServer.start(port);
		first.addContribution(new CoreSchema());
		second.addContribution(new CoreSchema());
	}

	@AfterEach
	void stopServer() throws Exception {
		first.close();
		second.close();
		server.shutdown();
	}

	/**
	 * A Derby server as it comes, without authentication or TLS: accepted only because the test says so (these tests
	 * are about sharing and migrating; SecuredServerTest is about the server workstations really use).
	 */
	private static DatabaseSettings onPlainServer(String url) {
		return DatabaseSettings.parse(url, false).allowingInsecureServer();
	}

	/** The first workstation creates the database at {@code url} and a network in it; returns the network's id. */
	private long firstCreates(String url, String networkName) {
		first.open(onPlainServer(url + ";create=true"));
		return first.write(em -> {
			Network network = new Network(networkName);
			em.persist(network);
			return network.getId();
		});
	}

	@Test
	void twoWorkstationsShareOneDatabase() {
		String url = "jdbc:derby://localhost:" + port + "/shared";
		long id = firstCreates(url, "Red compartida");

		second.open(onPlainServer(url));
		assertEquals("Red compartida", second.read(em -> em.find(Network.class, id).toRef().name()));
		assertEquals("jdbc:derby://localhost:" + port + "/shared", second.describeDatabase());
	}

	@Test
	void aWorkstationConnectingAsAnotherAccountUsesTheSameTables() {
		String url = "jdbc:derby://localhost:" + port + "/accounts";
		long id = firstCreates(url, "Red de cuentas");
		// Derby's default schema is the account's own: Carebench must not make a second, empty one there
		second.open(onPlainServer(url).withAccount(new DatabaseAccount("segundo", DatabaseSecrets.randomSecret())));
		assertEquals("Red de cuentas", second.read(em -> em.find(Network.class, id).toRef().name()));
	}

	/** The test extension's schema, whose first change set has a data migration that adds one row. */
	private static final SchemaContribution COUNTED = new SchemaContribution() {
		@Override
		public String id() {
			return "carebench.test.extension";
		}

		@Override
		public String changeLog() {
			return TestSchema.EXTENSION.changeLog();
		}

		@Override
		public List<String> dependsOn() {
			return List.of("org.carebench.core");
		}

		@Override
		public List<Class<?>> entityClasses() {
			return List.of();
		}

		@Override
		public List<DataMigration> dataMigrations() {
			return List.of(DataMigration.of("extension-1", connection -> {
				try (var insert = connection.createStatement()) {
					insert.executeUpdate("INSERT INTO test_extension (id, label)"
							+ " SELECT COUNT(*) + 1, 'migrated' FROM test_extension");
				}
			}));
		}
	};

	@Test
	void fiveWorkstationsStartingTogetherOnANewDatabaseAllOpenItAndMigrateOnce() throws Exception {
		String url = "jdbc:derby://localhost:" + port + "/together;create=true";
		int workstations = 5;
		java.util.List<DatabaseComponent> all = new java.util.ArrayList<>();
		java.util.concurrent.ExecutorService starting = java.util.concurrent.Executors.newFixedThreadPool(workstations);
		try {
			java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
			java.util.List<java.util.concurrent.Future<?>> opened = new java.util.ArrayList<>();
			for (int i = 0; i < workstations; i++) {
				DatabaseComponent workstation = new DatabaseComponent();
				workstation.addContribution(new CoreSchema());
				workstation.addContribution(COUNTED);
				all.add(workstation);
				opened.add(starting.submit(() -> {
					go.await();
					workstation.open(onPlainServer(url));
					return null;
				}));
			}
			go.countDown();
			java.util.List<String> failures = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<?> start : opened) {
				try {
					start.get(3, java.util.concurrent.TimeUnit.MINUTES);
				} catch (java.util.concurrent.ExecutionException e) {
					failures.add(String.valueOf(e.getCause()));
				}
			}
			assertEquals(List.of(), failures, "every workstation opens the new database");
			assertEquals(1L, (long) all.get(0).read(em -> em
					.createNativeQuery("SELECT COUNT(*) FROM test_extension").getSingleResult() instanceof Number count
							? count.longValue()
							: -1L),
					"the data migration ran once");
		} finally {
			starting.shutdownNow();
			all.forEach(DatabaseComponent::close);
		}
	}

	@Test
	void aServerThatDoesNotAnswerIsReportedAsSuch() throws Exception {
		int nobody = freePort();
		DatabaseException refusal = assertThrows(DatabaseException.class,
				() -> first.open(onPlainServer("jdbc:derby://localhost:" + nobody + "/carebench")));
		assertEquals(Problem.UNREACHABLE, refusal.problem());
		assertTrue(refusal.getMessage().contains("Network Server"), refusal.getMessage());
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
