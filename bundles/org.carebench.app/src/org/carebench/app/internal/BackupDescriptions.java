package org.carebench.app.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.carebench.persistence.DatabaseBackups.Backup;

/** How a backup is named to an administrator: when it was taken, how many cases it holds (no UI classes). */
final class BackupDescriptions {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private BackupDescriptions() {
	}

	static String when(Backup backup) {
		return WHEN.format(backup.taken());
	}

	static long cases(Backup backup) {
		return backup.rowsWhenTaken().getOrDefault("CARE_CASE", 0L); //$NON-NLS-1$
	}
}
