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
		fixture.database.transactions().write(em -> {
			Connection connection = em.unwrap(Connection.class);
			try (PreparedStatement read = connection.prepareStatement("SELECT id, occurred_at, actor_id, actor_label,"
					+ " action, before_value, after_value, detail FROM activity_log WHERE case_id = ? ORDER BY id");
					PreparedStatement reseal = connection
							.prepareStatement("UPDATE activity_log SET prev_hash = ?, entry_hash = ? WHERE id = ?")) {
				read.setLong(1, theCase.id());
				String previous = org.carebench.core.model.ActivityChain.START;
				try (var row = read.executeQuery()) {
					while (row.next()) {
						Long actor = row.getLong(3);
						if (row.wasNull()) {
							actor = null;
						}
						String seal = org.carebench.core.model.ActivityChain.hash(previous, theCase.id(),
								org.carebench.core.model.UtcInstantConverter.toInstant(row.getTimestamp(2)), actor,
								row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8));
						reseal.setString(1, previous);
						reseal.setString(2, seal);
						reseal.setLong(3, row.getLong(1));
						reseal.executeUpdate();
						previous = seal;
					}
				}
				return null;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
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
