package org.carebench.persistence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.carebench.core.ChainReport;

/**
 * Backups of the open embedded database: taken while Carebench runs (Derby's online backup), on demand or on a
 * schedule, kept to a number, checked before they are trusted, restored in place. A backup of an encrypted database
 * stays encrypted, with the same key. Every operation needs a system administrator, or runs as the system (the
 * schedule). A shared server backs itself up on its own computer.
 */
public interface DatabaseBackups {

	/** How many backups are kept when {@link #backUp} takes a new one, unless told otherwise. */
	int DEFAULT_KEPT = 7;

	/** One backup: its folder, when it was taken, and how many rows each table had when it began. */
	record Backup(Path folder, Instant taken, Map<String, Long> rowsWhenTaken) {
	}

	/**
	 * What checking a backup found: it opens, every table reads to its end ({@code rows}), its activity log chains
	 * are intact, and the logs hold at least the entries they held when it began. {@code problems} says what is
	 * wrong; a backup with problems is not restored.
	 */
	record Verification(Backup backup, Map<String, Long> rows, ChainReport log, List<String> problems) {
		public boolean sound() {
			return problems.isEmpty();
		}
	}

	/** The folder backups go to: beside the database, {@code <database>-backups}. */
	Path folder();

	/** Takes a backup now, checks it, and removes the oldest beyond {@code kept}. */
	Verification backUp(int kept);

	/** The backups in {@link #folder()}, newest first. */
	List<Backup> list();

	/** Opens a copy of {@code backup} (the backup itself stays untouched) and checks it. */
	Verification verify(Backup backup);

	/**
	 * Puts {@code backup} in the place of the open database, once it is checked sound: the database is closed, moved
	 * aside (kept for whoever examines it) and opened again from the backup.
	 *
	 * @return where the replaced database was moved
	 */
	Path restore(Backup backup);
}
