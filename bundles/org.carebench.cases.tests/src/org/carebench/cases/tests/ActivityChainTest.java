package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.carebench.cases.CaseDetails;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ChainReport;
import org.carebench.core.ForbiddenException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The activity log's hash chain: intact after ordinary work, broken where an entry is changed or removed. Changing
 * the log takes the schema owner's rights (its guard triggers refuse UPDATE and DELETE): the tampering tests drop
 * them first, as someone with those rights could.
 */
class ActivityChainTest {

	private final Casework fixture = new Casework();

	@AfterEach
	void close() {
		fixture.close();
	}

	private CaseDetails busyCase() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		fixture.cases.changeStatus(opened.id(), "IN_PROGRESS", null, opened.version());
		fixture.notes.addNote(opened.id(), "Primera visita.");
		fixture.notes.addNote(opened.id(), "Segunda visita.");
		fixture.cases.changeStatus(opened.id(), "PENDING", null,
				fixture.cases.getCase(opened.id()).orElseThrow().version());
		return opened;
	}

	private ChainReport verify() {
		return fixture.asSystem(fixture.log::verify);
	}

	@Test
	void ordinaryWorkKeepsTheChainIntact() {
		busyCase();
		busyCase();
		ChainReport report = verify();
		assertTrue(report.intact(), report.breaks().toString());
		assertEquals(2, report.cases());
		assertEquals(12, report.entries());
	}

	@Test
	void theLogRefusesUpdatesAndDeletes() {
		CaseDetails theCase = busyCase();
		long entry = fixture.cases.activityLog(theCase.id()).get(1).id();
		for (String tampering : List.of("UPDATE activity_log SET detail = 'Nunca hubo visita.' WHERE id = ?",
				"UPDATE activity_log SET entry_hash = NULL WHERE id = ?", "DELETE FROM activity_log WHERE id = ?")) {
			RuntimeException refused = assertThrows(RuntimeException.class, () -> sql(tampering, entry));
			StringBuilder causes = new StringBuilder();
			for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
				causes.append(cause.getMessage()).append(" / ");
			}
			assertTrue(causes.toString().contains("ACTIVITY_LOG_ENTRIES_ARE_NEVER_CHANGED"), tampering + ": " + causes);
		}
		assertTrue(verify().intact(), "nothing was changed");
		assertEquals(6, fixture.cases.activityLog(theCase.id()).size());
	}

	@Test
	void aChangedEntryIsFound() {
		CaseDetails theCase = busyCase();
		ActivityEntry note = fixture.cases.activityLog(theCase.id()).get(3);
		tamper("UPDATE activity_log SET detail = 'Nunca hubo visita.' WHERE id = ?", note.id());
		ChainReport report = verify();
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		assertEquals(note.id(), report.breaks().get(0).entryId());
		assertEquals(theCase.id(), report.breaks().get(0).caseId());
	}

	@Test
	void aRemovedEntryIsFound() {
		CaseDetails theCase = busyCase();
		List<ActivityEntry> log = fixture.cases.activityLog(theCase.id());
		tamper("DELETE FROM activity_log WHERE id = ?", log.get(2).id());
		ChainReport report = verify();
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		assertEquals(log.get(3).id(), report.breaks().get(0).entryId(), "the entry after the gap breaks");
	}

	@Test
	void aRemovedSealIsFoundNotTakenForHistory() {
		CaseDetails theCase = busyCase();
		List<ActivityEntry> log = fixture.cases.activityLog(theCase.id());
		long last = log.stream().mapToLong(ActivityEntry::id).max().orElseThrow();
		tamper("UPDATE activity_log SET entry_hash = NULL WHERE id = ?", last);
		ChainReport report = verify();
		assertEquals(0, report.unchained(), "an entry written after sealing began is not history");
		assertTrue(report.breaks().stream().anyMatch(broken -> broken.entryId() == last), report.breaks().toString());
	}

	@Test
	void aCaseWhoseSealsWereAllRemovedIsFound() {
		busyCase();
		CaseDetails later = busyCase();
		for (ActivityEntry entry : fixture.cases.activityLog(later.id())) {
			tamper("UPDATE activity_log SET entry_hash = NULL, prev_hash = NULL WHERE id = ?", entry.id());
		}
		ChainReport report = verify();
		assertEquals(6, report.breaks().size(), report.breaks().toString());
		assertTrue(report.breaks().stream().allMatch(broken -> broken.caseId() == later.id()));
	}

	@Test
	void onlySystemAdministratorsVerify() {
		assertThrows(ForbiddenException.class, fixture.log::verify);
	}

	/** Tampers as the schema owner would: drops the log's guard, then runs {@code statement}. */
	private void tamper(String statement, long id) {
		fixture.database.transactions().write(em -> {
			try (var drop = em.unwrap(Connection.class).createStatement()) {
				for (String trigger : List.of("tr_activity_log_no_update", "tr_activity_log_no_delete")) {
					if (exists(em.unwrap(Connection.class), trigger)) {
						drop.executeUpdate("DROP TRIGGER " + trigger);
					}
				}
				return null;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		sql(statement, id);
	}

	private static boolean exists(Connection connection, String trigger) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM sys.systriggers WHERE triggername = ?")) {
			query.setString(1, trigger.toUpperCase());
			try (var row = query.executeQuery()) {
				return row.next();
			}
		}
	}

	private void sql(String statement, long id) {
		fixture.database.transactions().write(em -> {
			try (PreparedStatement update = em.unwrap(Connection.class).prepareStatement(statement)) {
				update.setLong(1, id);
				assertEquals(1, update.executeUpdate());
				return null;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
