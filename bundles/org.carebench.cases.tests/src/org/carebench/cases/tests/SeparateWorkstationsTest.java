package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.apache.derby.drda.NetworkServerControl;
import org.carebench.core.SchemaContribution;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;
import org.carebench.testing.OsgiServices;
import org.carebench.testing.OwnRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Five workstations, each a JVM of its own with Carebench's bundles, starting together on one database of a
 * network server: all open it, and every change set and data migration runs once. The lock that orders them is in
 * the database, so what is tested is what separate computers do. The server is a plain one on a loopback port:
 * a secured server upgrades its database itself before any workstation connects (SecuredServerCaseworkTest), while
 * workstations on a server the administrator allowed without security migrate it themselves.
 */
@TestInstance(Lifecycle.PER_CLASS)
class SeparateWorkstationsTest {

	private static final int WORKSTATIONS = 5;
	private static final Duration PATIENCE = Duration.ofMinutes(4);

	@TempDir
	static Path temp;

	private NetworkServerControl server;
	private int port;
	private final List<OwnRuntime> workstations = new ArrayList<>();

	/** The server, and the workstations' runtimes, started once: a JVM's start is what takes time here. */
	@BeforeAll
	void start() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
		server.start(null);
		for (int attempt = 0;; attempt++) {
			try {
				server.ping();
				break;
			} catch (Exception notYet) {
				if (attempt > 100) {
					throw notYet;
				}
				Thread.sleep(50);
			}
		}
		int contributions = OsgiServices.all(SchemaContribution.class).size();
		for (int i = 0; i < WORKSTATIONS; i++) {
			workstations.add(OwnRuntime.start(temp.resolve("workstation-" + i), StartingWorkstation.class,
					OwnRuntime.passing("carebench.secrets", "carebench.checkpoints"), Integer.toString(contributions)));
		}
		for (OwnRuntime workstation : workstations) {
			assertEquals("ready " + contributions, workstation.await(PATIENCE, "ready"),
					"each workstation has the schema contributions of this runtime");
		}
	}

	@AfterAll
	void stop() throws Exception {
		workstations.forEach(OwnRuntime::close);
		server.shutdown();
	}

	/** The URL of a database in {@code folder} on the server (Derby takes an absolute path after the port). */
	private String url(Path folder) {
		return "jdbc:derby://localhost:" + port + "/" + folder.toAbsolutePath();
	}

	@Test
	void fiveStartingTogetherOnANewDatabaseAllOpenIt() throws Exception {
		String url = url(temp.resolve("new-database"));
		startTogether(url + ";create=true");
		DatabaseComponent check = open(url);
		try {
			assertEquals(0L, query(check, "SELECT COUNT(*) - COUNT(DISTINCT id || author || filename)"
					+ " FROM databasechangelog"), "every change set ran once");
			assertEquals(1L, query(check, "SELECT COUNT(*) FROM id_sequence WHERE seq_name = 'admin_log'"),
					"the first change set's rows were written once");
		} finally {
			check.close();
		}
	}

	@Test
	void fiveUpgradingAnEarlierReleaseTogetherAllOpenItAndMigrateIt() throws Exception {
		URL fixture = Collections.list(FrameworkUtil.getBundle(getClass()).findEntries("fixtures", "*.zip", false))
				.get(0);
		Path location = temp.resolve("earlier-release");
		ReleaseDatabasesTest.unzip(fixture, location);
		Properties expected = new Properties();
		try (InputStream counts = new URL(fixture.toString().replace(".zip", ".properties")).openStream()) {
			expected.load(counts);
		}
		startTogether(url(location));
		DatabaseComponent check = open(url(location));
		try {
			for (String table : ReleaseDatabasesTest.COUNTED) {
				assertEquals(Long.parseLong(expected.getProperty(table)), query(check, "SELECT COUNT(*) FROM " + table),
						fixture + ": rows of " + table + " after five upgrades at once (a data migration run twice adds"
								+ " rows again)");
			}
			assertEquals(0L, query(check, "SELECT COUNT(*) - COUNT(DISTINCT id || author || filename)"
					+ " FROM databasechangelog"), "every change set ran once");
		} finally {
			check.close();
		}
	}

	/** Lets every workstation open {@code url} at once and checks that each did. */
	private void startTogether(String url) throws Exception {
		for (OwnRuntime workstation : workstations) {
			workstation.send(url);
		}
		List<String> outcomes = new ArrayList<>();
		for (OwnRuntime workstation : workstations) {
			String outcome = workstation.await(PATIENCE, "opened", "failed");
			outcomes.add(outcome.startsWith("opened") ? outcome : outcome + "\n" + workstation.output());
		}
		assertEquals(Collections.nCopies(WORKSTATIONS, "opened"), outcomes);
	}

	private static DatabaseComponent open(String url) {
		DatabaseComponent check = new DatabaseComponent();
		OsgiServices.all(SchemaContribution.class).forEach(check::addContribution);
		check.open(DatabaseSettings.parse(url, false).allowingInsecureServer());
		return check;
	}

	private static long query(DatabaseComponent database, String sql) {
		return database.query(connection -> {
			try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
				row.next();
				return row.getLong(1);
			}
		});
	}
}
