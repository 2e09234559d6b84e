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

/** The activity log's hash chain: intact after ordinary work, broken where an entry is changed or removed. */
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
	void aChangedEntryIsFound() {
		CaseDetails theCase = busyCase();
		ActivityEntry note = fixture.cases.activityLog(theCase.id()).get(3);
		sql("UPDATE activity_log SET detail = 'Nunca hubo visita.' WHERE id = ?", note.id());
		ChainReport report = verify();
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		assertEquals(note.id(), report.breaks().get(0).entryId());
		assertEquals(theCase.id(), report.breaks().get(0).caseId());
	}

	@Test
	void aRemovedEntryIsFound() {
		CaseDetails theCase = busyCase();
		List<ActivityEntry> log = fixture.cases.activityLog(theCase.id());
		sql("DELETE FROM activity_log WHERE id = ?", log.get(2).id());
		ChainReport report = verify();
		assertEquals(1, report.breaks().size(), report.breaks().toString());
		assertEquals(log.get(3).id(), report.breaks().get(0).entryId(), "the entry after the gap breaks");
	}

	@Test
	void onlySystemAdministratorsVerify() {
		assertThrows(ForbiddenException.class, fixture.log::verify);
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
