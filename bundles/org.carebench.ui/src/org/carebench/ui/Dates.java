package org.carebench.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Days and times as the user reads them: his locale's short forms, in the workstation's zone. */
public final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(Locale.getDefault());
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
	private static final String NONE = "\u2014"; //$NON-NLS-1$

	private Dates() {
	}

	/** A day, short and localized; a dash for none. */
	public static String day(LocalDate day) {
		return day == null ? NONE : DAY.format(day);
	}

	/** A moment as date and time, short and localized; a dash for none. */
	public static String dateTime(Instant instant) {
		return instant == null ? NONE : DATE_TIME.format(instant);
	}

	/** The day a moment falls on, here. */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneId.systemDefault());
	}
}
