package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.carebench.cases.CaseQuery;
import org.carebench.core.ServiceContext;
import org.carebench.core.internal.AccessPolicyImpl;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.core.internal.AuthenticationServiceImpl;
import org.carebench.core.internal.DirectoryServiceImpl;
import org.carebench.core.internal.MembershipServiceImpl;
import org.carebench.core.internal.SessionImpl;
import org.carebench.core.internal.TeamServiceImpl;
import org.carebench.demo.DemoData;
import org.carebench.demo.internal.DemoDataComponent;
import org.carebench.demo.internal.DemoServices;
import org.carebench.testing.Directory;
import org.carebench.testing.TemporaryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** The demo world: what a new user sees on first start must be complete, varied and consistent. */
@TestInstance(Lifecycle.PER_CLASS)
class DemoDataTest {

	private static final int CASES = 2_500;

	private TemporaryDatabase database;
	private DemoData demo;
	private final List<Long> progress = new ArrayList<>();
	private DemoData.Summary summary;

	private SessionImpl session;
	private AccessPolicyImpl access;
	private ServiceContext context;

	@BeforeAll
	void load() {
		database = TemporaryDatabase.create();
		session = new SessionImpl();
		access = new AccessPolicyImpl(database.transactions(), session);
		context = Directory.context(database.transactions(), session, access, java.time.Clock.systemUTC());
		demo = new DemoDataComponent(new DemoServices(context, new DirectoryServiceImpl(context),
				new MembershipServiceImpl(context), new TeamServiceImpl(context), new AuthenticationServiceImpl(context),
				null));
		summary = demo.loadIfEmpty(CASES, true, (done, total) -> progress.add(done));
	}

	@AfterAll
	void close() {
		database.close();
	}

	@Test
	void loadsTheCasesClientsAndStaffAsked() throws SQLException {
		assertEquals(CASES, summary.cases());
		assertEquals(CASES, count("SELECT COUNT(*) FROM care_case"));
		assertEquals(summary.clients(), count("SELECT COUNT(*) FROM client_profile"));
		assertEquals(13, count("SELECT COUNT(*) FROM app_user"));
		assertEquals(List.of((long) CASES), progress);
		assertFalse(demo.isEmpty());
	}

	@Test
	void everyCaseHasAnOpeningLogRowAndConsistentDates() throws SQLException {
		assertEquals(CASES, count("SELECT COUNT(*) FROM activity_log WHERE action = 'case.opened'"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case WHERE last_activity_at < opened_at"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case WHERE (status = 'CLOSED') <> (closed_at IS NOT NULL)"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case c WHERE NOT EXISTS"
				+ " (SELECT 1 FROM workflow_status s WHERE s.project_id = 0 AND s.code = c.status)"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case c WHERE NOT EXISTS (SELECT 1 FROM organization_project op"
				+ " WHERE op.organization_id = c.organization_id AND op.project_id = c.project_id)"));
		assertEquals(count("SELECT COUNT(*) FROM case_note"),
				count("SELECT COUNT(*) FROM activity_log WHERE action = 'case.note'"));
	}

	@Test
	void clientsSpeakSpanishItalianAndEnglishAndSomeAreAnonymous() throws SQLException {
		assertTrue(count("SELECT COUNT(*) FROM client_profile WHERE last_name = 'Núñez'") > 0);
		assertTrue(count("SELECT COUNT(*) FROM client_profile WHERE first_name = 'Niccolò'") > 0);
		assertTrue(count("SELECT COUNT(*) FROM client_profile WHERE last_name = 'Smith'") > 0);
		assertTrue(count("SELECT COUNT(*) FROM client_profile WHERE anonymous") > 0);
		assertTrue(count("SELECT COUNT(*) FROM client_profile WHERE search_name LIKE 'nunez %'") > 0);
		long unassigned = count("SELECT COUNT(*) FROM care_case WHERE assignee_id IS NULL");
		assertTrue(unassigned > CASES / 20 && unassigned < CASES / 4, "unassigned: " + unassigned);
	}

	@Test
	void everyDemoUserSignsInWithTheDemoPasswordAndHasARole() {
		AuthenticationServiceImpl authentication = new AuthenticationServiceImpl(context);
		for (String login : List.of("ana", "lucia", "marco", "mary", "admin")) {
			assertEquals(login, authentication.signIn(login, DemoDataComponent.DEMO_PASSWORD.toCharArray()).login());
			assertFalse(access.of(session.requireUser()).visibleProjects().isEmpty(), login);
		}
		assertTrue(access.of(session.requireUser()).allowsAnywhere(org.carebench.core.Permission.SYSTEM_ADMINISTER));
		session.signOut();
	}

	@Test
	void theDemoActivityLogIsChained() {
		org.carebench.core.ChainReport report = session.runAsSystem("Test",
				() -> new ActivityLogImpl(database.transactions(), access, java.time.Clock.systemUTC()).verify());
		assertTrue(report.intact(), report.breaks().toString());
		assertEquals(0, report.unchained());
		assertEquals(CASES, report.cases());
	}

	@Test
	void aSecondLoadChangesNothing() throws SQLException {
		DemoData.Summary again = demo.loadIfEmpty(100, true, (done, total) -> {
		});
		assertTrue(again.skipped());
		assertEquals(CASES, count("SELECT COUNT(*) FROM care_case"));
	}

	@Test
	void aDatabaseSomeoneUsesGetsNoDemoAccounts() {
		try (TemporaryDatabase used = TemporaryDatabase.create()) {
			SessionImpl users = new SessionImpl();
			ServiceContext usedContext = Directory.context(used.transactions(), users,
					new AccessPolicyImpl(used.transactions(), users), java.time.Clock.systemUTC());
			DirectoryServiceImpl directory = new DirectoryServiceImpl(usedContext);
			users.runAsSystem("Test", () -> {
				long network = directory.createNetwork("Red").id();
				return directory.createUser(directory.createOrganization(network, "Agencia", List.of()).id(), "rosa",
						"Rosa Vidal");
			});
			DemoData onUsed = new DemoDataComponent(new DemoServices(usedContext, directory,
					new MembershipServiceImpl(usedContext), new TeamServiceImpl(usedContext),
					new AuthenticationServiceImpl(usedContext), null));
			assertTrue(onUsed.isEmpty(), "no case yet");
			assertFalse(onUsed.isNew(), "but someone's account");
			assertTrue(onUsed.loadIfEmpty(50, true, (done, total) -> {
			}).skipped());
			assertEquals(1L, (long) used.transactions().query(connection -> {
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM app_user")) {
					row.next();
					return row.getLong(1);
				}
			}), "no demo account (admin/carebench) was added");
		}
	}

	@Test
	void theCaseServiceReadsTheDemoCases() {
		long[] ids = session.runAsSystem("Test", () -> new org.carebench.cases.internal.CaseServiceImpl(context,
				new org.carebench.cases.internal.CloseRules()).findCaseIds(CaseQuery.ALL));
		assertEquals(CASES, ids.length);
	}

	private long count(String sql) throws SQLException {
		return database.transactions().read(em -> {
			try (Statement statement = em.unwrap(Connection.class).createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				result.next();
				return result.getLong(1);
			} catch (SQLException e) {
				throw new IllegalStateException(sql, e);
			}
		});
	}

}
