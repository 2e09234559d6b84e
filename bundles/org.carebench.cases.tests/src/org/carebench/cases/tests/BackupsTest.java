package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.core.AdministrationEntry;
import org.carebench.core.AdministrationLog;
import org.carebench.core.CarebenchException;
import org.carebench.core.ForbiddenException;
import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Backup;
import org.carebench.persistence.DatabaseBackups.Verification;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.internal.DatabaseBackupsImpl;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Backups of the embedded database while it is in use: checked on a copy, kept to a number, restored in place only
 * when sound; only an administrator (or the schedule, as the system) takes them.
 */
class BackupsTest {

	private final Casework fixture = new Casework();
	private final DatabaseBackups backups = new DatabaseBackupsImpl(fixture.database.database(),
			fixture.database.transactions(), fixture.context);

	@AfterEach
	void close() {
		fixture.close();
	}

	private int cases() {
		return fixture.cases.findCaseIds(CaseQuery.ALL).length;
	}

	@Test
	void aBackupTakenInUseIsSoundEncryptedAndRestoresTheDatabaseAsItWas() {
		fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		fixture.open(fixture.directory.clients().get(1), null);
		Verification taken = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT));
		assertTrue(taken.sound(), taken.problems().toString());
		assertTrue(taken.log().intact());
		assertEquals(2L, taken.rows().get("CARE_CASE")); //$NON-NLS-1$
		Backup backup = taken.backup();
		assertTrue(DatabaseSecrets.isEncrypted(backup.folder().resolve(fixture.database.directory().getFileName())),
				"the backup of an encrypted database stays encrypted"); //$NON-NLS-1$

		fixture.open(fixture.directory.clients().get(2), null);
		assertEquals(3, cases());
		Path replaced = fixture.asSystem(() -> backups.restore(backup));
		assertEquals(2, cases(), "the database is as it was when the backup was taken");
		assertTrue(Files.isDirectory(replaced), "the replaced database is kept"); //$NON-NLS-1$
		assertTrue(fixture.asSystem(fixture.log::verify).intact());
		assertEquals(List.of(AdministrationLog.DATABASE_BACKED_UP, AdministrationLog.DATABASE_RESTORED),
				administered().stream().filter(entry -> AdministrationLog.DATABASE.equals(entry.subject().kind()))
						.map(AdministrationEntry::action).toList(),
				"the restored database holds the record of its backup, and then of its restore");
	}

	private List<AdministrationEntry> administered() {
		return fixture.asSystem(() -> fixture.context.administrationLog().latest(1000)).reversed();
	}

	@Test
	void eachBackupKeepsTheLogsCheckpointAndReportsALogCutSinceTheLastOne() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		Verification first = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT));
		assertTrue(first.sound(), first.problems().toString());
		assertTrue(Files.exists(first.backup().folder().resolve("checkpoint.properties")), //$NON-NLS-1$
				"the backup holds the logs' signed checkpoint"); //$NON-NLS-1$
		// the end of a case's log cut, as someone with the schema owner's rights could; the chain alone holds
		long last = fixture.cases.activityLog(opened.id()).getLast().id();
		new LogTampering(fixture.database).tamper("activity_log", "DELETE FROM activity_log WHERE id = ?", last); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(fixture.asSystem(fixture.log::verify).intact());

		Verification second = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT));
		assertFalse(second.sound(), "the cut is found against the checkpoint the first backup kept"); //$NON-NLS-1$
		assertTrue(second.problems().get(0).contains("since the last checkpoint"), second.problems().toString()); //$NON-NLS-1$
		assertTrue(fixture.asSystem(() -> backups.verify(first.backup())).sound(),
				"the first backup, checked against its own checkpoint, is still sound"); //$NON-NLS-1$
	}

	@Test
	void onlyTheNewestAreKept() {
		for (int i = 0; i < 3; i++) {
			fixture.open(fixture.directory.clients().get(i), null);
			fixture.asSystem(() -> backups.backUp(2));
		}
		List<Backup> kept = fixture.asSystem(backups::list);
		assertEquals(2, kept.size());
		assertEquals(3L, kept.get(0).rowsWhenTaken().get("CARE_CASE"), "the newest first"); //$NON-NLS-1$
	}

	@Test
	void aCaseworkerMayNotBackUpNorRestore() {
		Backup backup = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT)).backup();
		assertThrows(ForbiddenException.class, () -> backups.backUp(DatabaseBackups.DEFAULT_KEPT));
		assertThrows(ForbiddenException.class, () -> backups.restore(backup));
	}

	@Test
	void aDamagedBackupIsReportedAndNotRestored() throws IOException {
		fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		Backup backup = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT)).backup();
		fixture.open(fixture.directory.clients().get(1), null);
		damage(backup.folder());

		Verification checked = fixture.asSystem(() -> backups.verify(backup));
		assertFalse(checked.sound(), "a damaged backup is not sound"); //$NON-NLS-1$
		CarebenchException refused = assertThrows(CarebenchException.class,
				() -> fixture.asSystem(() -> backups.restore(backup)));
		assertTrue(refused.getMessage().contains("not restored"), refused.getMessage()); //$NON-NLS-1$
		assertEquals(2, cases(), "the database is untouched"); //$NON-NLS-1$
	}

	/** Overwrites the middle of every data file of the backup, as a failing disk would. */
	private static void damage(Path backup) throws IOException {
		try (Stream<Path> files = Files.walk(backup)) {
			for (Path file : files.filter(f -> f.toString().contains("seg0") && Files.isRegularFile(f)).toList()) { //$NON-NLS-1$
				try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) { //$NON-NLS-1$
					if (data.length() > 8192) {
						data.seek(data.length() / 2);
						data.write(new byte[4096]);
					}
				}
			}
		}
	}
}
