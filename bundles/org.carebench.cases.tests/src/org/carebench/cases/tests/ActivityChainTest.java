package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
	private final LogTampering tampering = new LogTampering(fixture.database);

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
		for (String change : List.of("UPDATE activity_log SET detail = 'Nunca hubo visita.' WHERE id = ?",
				"UPDATE activity_log SET entry_hash = NULL WHERE id = ?", "DELETE FROM activity_log WHERE id = ?")) {
			String causes = LogTampering.messages(assertThrows(RuntimeException.class, () -> sql(change, entry)));
			assertTrue(causes.contains("ACTIVITY_LOG_ENTRIES_ARE_NEVER_CHANGED"), change + ": " + causes);
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
	void entriesCutFromTheEndAreFoundAgainstTheLastCheckpoint() {
		CaseDetails theCase = busyCase();
		ChainReport first = verify();
		assertTrue(first.intact());
		List<ActivityEntry> log = fixture.cases.activityLog(theCase.id());
		tamper("DELETE FROM activity_log WHERE id = ?", log.get(log.size() - 1).id());
		assertTrue(verify().intact(), "the chain alone cannot see a cut end");
		ChainReport against = fixture.asSystem(() -> fixture.log.verify(first.checkpoint()));
		assertEquals(1, against.breaks().size(), against.breaks().toString());
		assertEquals(theCase.id(), against.breaks().get(0).caseId());
	}

	@Test
	void aRecomputedChainIsFoundAgainstTheLastCheckpoint() {
		CaseDetails theCase = busyCase();
		ChainReport first = verify();
		List<ActivityEntry> log = fixture.cases.activityLog(theCase.id());
		// whoever can write the table changes a note and recomputes every seal after it, as the chain is public
		tamper("UPDATE activity_log SET detail = 'Nunca hubo visita.' WHERE id = ?", log.get(3).id());
		tampering.reseal("activity_log", "actor_id, actor_label, action, before_value, after_value, detail",
				"case_id = " + theCase.id(), theCase.id());
		assertTrue(verify().intact(), "the recomputed chain holds by itself");
		ChainReport against = fixture.asSystem(() -> fixture.log.verify(first.checkpoint()));
		assertEquals(1, against.breaks().size(), against.breaks().toString());
		assertEquals(theCase.id(), against.breaks().get(0).caseId());
	}

	@Test
	void aCheckpointChangedAfterItWasSignedIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
			throws java.io.IOException {
		busyCase();
		org.carebench.core.LogCheckpoints checkpoints = new org.carebench.core.LogCheckpoints(folder.resolve("cp"));
		assertTrue(checkpoints.last().isEmpty());
		ChainReport report = verify();
		checkpoints.keep(report.checkpoint());
		assertEquals(report.checkpoint(), checkpoints.last().orElseThrow());
		assertEquals(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
				java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
				java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE),
				java.nio.file.Files.getPosixFilePermissions(folder.resolve("cp")), "the key's folder is its owner's");
		java.nio.file.Path file = folder.resolve("cp").resolve("checkpoint.properties");
		String text = java.nio.file.Files.readString(file);
		String moved = text.replaceFirst("(case\\.\\d+)=6", "$1=5");
		assertTrue(!moved.equals(text), text);
		java.nio.file.Files.writeString(file, moved);
		assertThrows(org.carebench.core.CarebenchException.class, checkpoints::last, "a moved checkpoint is refused");
	}

	@Test
	void onlySystemAdministratorsVerify() {
		assertThrows(ForbiddenException.class, fixture.log::verify);
	}

	private void tamper(String statement, long id) {
		tampering.tamper("activity_log", statement, id);
	}

	private void sql(String statement, long id) {
		tampering.sql(statement, id);
	}
}
