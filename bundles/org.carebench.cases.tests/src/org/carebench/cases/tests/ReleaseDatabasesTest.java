package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.cases.internal.CloseRules;
import org.carebench.cases.internal.NoteServiceImpl;
import org.carebench.core.ServiceContext;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.internal.AccessPolicyImpl;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.core.internal.AuthenticationServiceImpl;
import org.carebench.core.internal.DirectoryServiceImpl;
import org.carebench.core.internal.MembershipServiceImpl;
import org.carebench.core.internal.SessionImpl;
import org.carebench.core.internal.TeamServiceImpl;
import org.carebench.demo.internal.DemoDataComponent;
import org.carebench.demo.internal.DemoServices;
import org.carebench.core.SchemaContribution;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;
import org.carebench.testing.Directory;
import org.carebench.testing.OsgiServices;
import org.carebench.testing.TemporaryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Databases written by earlier releases must open in this one, migrated, with nothing lost. {@code fixtures/}
 * holds one zipped demo database per release, with the row counts it had; each build also writes its own (under
 * {@code target/release-database}) to be added to the fixtures when it is released.
 */
class ReleaseDatabasesTest {

	static final List<String> COUNTED = List.of("care_case", "client_profile", "case_note", "activity_log",
			"app_user");

	@TempDir
	Path temp;

	@Test
	void opensTheDatabasesOfEarlierReleasesWithNothingLost() throws Exception {
		List<URL> fixtures = Collections.list(FrameworkUtil.getBundle(getClass()).findEntries("fixtures", "*.zip", false));
		assertFalse(fixtures.isEmpty(), "no release databases in fixtures/");
		for (URL fixture : fixtures) {
			Path location = temp.resolve(Paths.get(fixture.getPath()).getFileName().toString());
			unzip(fixture, location);
			Properties expected = new Properties();
			try (InputStream counts = new URL(fixture.toString().replace(".zip", ".properties")).openStream()) {
				expected.load(counts);
			}
			try (TemporaryDatabase opened = TemporaryDatabase.openExisting(location)) {
				Transactions database = opened.transactions();
				for (String table : COUNTED) {
					assertEquals(Long.parseLong(expected.getProperty(table)), count(database, table),
							fixture + ": rows of " + table);
				}
				// users of a database from before access control keep working: supervisors of their projects
				SessionImpl session = new SessionImpl();
				AccessPolicyImpl access = new AccessPolicyImpl(database, session);
				ServiceContext context = Directory.context(database, session, access, Clock.systemUTC());
				UserRef ana = new DirectoryServiceImpl(context).findUser(DemoDataComponent.DEMO_USER).orElseThrow();
				session.signIn(ana);
				CaseServiceImpl cases = new CaseServiceImpl(context, new CloseRules());
				long oldCase = cases.findCaseIds(CaseQuery.ALL)[0];
				CaseDetails before = cases.getCase(oldCase).orElseThrow();
				boolean closed = before.status().closed();
				cases.changeStatus(oldCase, closed ? "IN_PROGRESS" : "CLOSED", closed ? null : "GOALS_MET",
						before.version());
				new NoteServiceImpl(context).addNote(oldCase, "Reopened after the upgrade.");
				assertEquals(before.notes().size() + 1, cases.getCase(oldCase).orElseThrow().notes().size());
				assertTrue(session.runAsSystem("Test", () -> new ActivityLogImpl(database, access, Clock.systemUTC())
						.verify()).intact(), "entries from before the chain do not break it");
			}
		}
	}

	@Test
	void writesThisBuildsDatabaseForLaterReleases() throws Exception {
		Path output = Paths.get(System.getProperty("carebench.releaseDatabase", "target/release-database"));
		Files.createDirectories(output);
		Properties counts = new Properties();
		try (TemporaryDatabase database = TemporaryDatabase.create()) {
			SessionImpl session = new SessionImpl();
			AccessPolicyImpl access = new AccessPolicyImpl(database.transactions(), session);
			ServiceContext context = Directory.context(database.transactions(), session, access, Clock.systemUTC());
			new DemoDataComponent(new DemoServices(context, new DirectoryServiceImpl(context),
					new MembershipServiceImpl(context), new TeamServiceImpl(context),
					new AuthenticationServiceImpl(context), null)).loadIfEmpty(300, true, (done, total) -> {
					});
			for (String table : COUNTED) {
				counts.setProperty(table, Long.toString(count(database.transactions(), table)));
			}
			database.database().close();
			zip(database.directory(), output.resolve("carebench-database.zip"));
		}
		try (OutputStream out = Files.newOutputStream(output.resolve("carebench-database.properties"))) {
			counts.store(out, "Row counts of carebench-database.zip"); //$NON-NLS-1$
		}
		assertEquals("300", counts.getProperty("care_case"));
	}

	/**
	 * Five workstations starting the new release together on a database of an earlier one all open it, and it is
	 * upgraded once: every table holds what one upgrade leaves (a data migration run twice would add rows again).
	 */
	@Test
	void fiveWorkstationsUpgradingAnEarlierReleaseTogetherAllOpenItAndMigrateOnce() throws Exception {
		URL fixture = Collections.list(FrameworkUtil.getBundle(getClass()).findEntries("fixtures", "*.zip", false)) //$NON-NLS-1$ //$NON-NLS-2$
				.get(0);
		Path location = temp.resolve("together"); //$NON-NLS-1$
		unzip(fixture, location);
		Properties expected = new Properties();
		try (InputStream counts = new URL(fixture.toString().replace(".zip", ".properties")).openStream()) { //$NON-NLS-1$ //$NON-NLS-2$
			expected.load(counts);
		}
		List<DatabaseComponent> workstations = new ArrayList<>();
		ExecutorService starting = Executors.newFixedThreadPool(5);
		try {
			CountDownLatch together = new CountDownLatch(1);
			List<Future<?>> opened = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				DatabaseComponent workstation = new DatabaseComponent();
				OsgiServices.all(SchemaContribution.class).forEach(workstation::addContribution);
				workstations.add(workstation);
				opened.add(starting.submit(() -> {
					together.await();
					workstation.open(DatabaseSettings.embedded(location, false));
					return null;
				}));
			}
			together.countDown();
			for (Future<?> each : opened) {
				each.get(5, TimeUnit.MINUTES);
			}
			for (String table : COUNTED) {
				for (DatabaseComponent workstation : workstations) {
					assertEquals(Long.parseLong(expected.getProperty(table)), count(workstation, table),
							fixture + ": rows of " + table + " after five upgrades at once"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} finally {
			starting.shutdownNow();
			workstations.forEach(DatabaseComponent::close);
		}
	}

	private static long count(Transactions transactions, String table) {
		return transactions.read(em -> {
			try (Statement statement = em.unwrap(Connection.class).createStatement();
					ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
				result.next();
				return result.getLong(1);
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static void unzip(URL zip, Path target) throws IOException {
		try (ZipInputStream in = new ZipInputStream(zip.openStream())) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				Path file = target.resolve(entry.getName()).normalize();
				if (!file.startsWith(target)) {
					throw new IOException("Entry outside the database: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(file);
				} else {
					Files.createDirectories(file.getParent());
					Files.copy(in, file);
				}
			}
		}
	}

	private static void zip(Path directory, Path zip) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(directory)) {
			walk.filter(Files::isRegularFile).sorted().forEach(files::add);
		}
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Path file : files) {
				out.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
	}
}
