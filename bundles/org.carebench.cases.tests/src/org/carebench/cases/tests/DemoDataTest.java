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
import org.carebench.core.internal.DirectoryServiceImpl;
import org.carebench.demo.DemoData;
import org.carebench.demo.internal.DemoDataComponent;
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

	@BeforeAll
	void load() {
		database = TemporaryDatabase.create();
		demo = new DemoDataComponent(database.transactions(), new DirectoryServiceImpl(database.transactions()),
				java.time.Clock.systemUTC());
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
		assertEquals(12, count("SELECT COUNT(*) FROM app_user"));
		assertEquals(List.of((long) CASES), progress);
		assertFalse(demo.isEmpty());
	}

	@Test
	void everyCaseHasAnOpeningLogRowAndConsistentDates() throws SQLException {
		assertEquals(CASES, count("SELECT COUNT(*) FROM activity_log WHERE action = 'case.opened'"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case WHERE last_activity_at < opened_at"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case WHERE (status = 'CLOSED') <> (closed_at IS NOT NULL)"));
		assertEquals(0, count("SELECT COUNT(*) FROM care_case c WHERE NOT EXISTS"
				+ " (SELECT 1 FROM case_status s WHERE s.code = c.status)"));
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
	void aSecondLoadChangesNothing() throws SQLException {
		DemoData.Summary again = demo.loadIfEmpty(100, true, (done, total) -> {
		});
		assertTrue(again.skipped());
		assertEquals(CASES, count("SELECT COUNT(*) FROM care_case"));
	}

	@Test
	void theCaseServiceReadsTheDemoCases() {
		long[] ids = new org.carebench.cases.internal.CaseServiceImpl(database.transactions(),
				new org.carebench.core.internal.SessionImpl(),
				new org.carebench.core.internal.ActivityLogImpl(database.transactions()), java.time.Clock.systemUTC())
				.findCaseIds(CaseQuery.ALL);
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
