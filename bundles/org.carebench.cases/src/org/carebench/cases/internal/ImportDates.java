package org.carebench.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.carebench.cases.ImportOptions.DateOrder;

/** Dates of import files: ISO always, and the order of day, month and year the import names. */
final class ImportDates {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("M/d/uuuu") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	private ImportDates() {
	}

	/** How a date is written in {@code order}, as the user is told when one cannot be read. */
	static String example(DateOrder order) {
		return switch (order) {
			case ISO -> "2026-03-31"; //$NON-NLS-1$
			case DAY_MONTH_YEAR -> "31/03/2026, 2026-03-31"; //$NON-NLS-1$
			case MONTH_DAY_YEAR -> "03/31/2026, 2026-03-31"; //$NON-NLS-1$
		};
	}

	/** The day {@code text} writes; a {@link DateTimeParseException} when it writes none (31/02/2026 is none). */
	static LocalDate parse(String text, DateOrder order) {
		String value = text.strip();
		if (order == DateOrder.ISO || value.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) { //$NON-NLS-1$
			return LocalDate.parse(value);
		}
		// spreadsheets write 31/03/2026, 31-03-2026 or 31.03.2026 depending on the locale
		String slashed = value.replace('-', '/').replace('.', '/');
		return LocalDate.parse(slashed, order == DateOrder.DAY_MONTH_YEAR ? DAY_MONTH_YEAR : MONTH_DAY_YEAR);
	}
}
