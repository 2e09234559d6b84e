package org.carebench.planning.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;

import org.carebench.planning.api.Money;
import org.eclipse.osgi.util.NLS;

/**
 * Reads what users type into typed values, in their locale's formats (ISO dates are taken too); a value that does
 * not read is refused with a message naming the field.
 */
final class FieldInput {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

	/** A typed value that could not be read; its message names the field. */
	static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	private FieldInput() {
	}

	static LocalDate date(String label, String text) throws Unreadable {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException notIso) {
			try {
				return LocalDate.parse(value, SHORT);
			} catch (DateTimeParseException notLocal) {
				throw new Unreadable(NLS.bind(Messages.Input_notDate, label, SHORT.format(LocalDate.now())));
			}
		}
	}

	static String date(LocalDate date) {
		return date == null ? "" : SHORT.format(date); //$NON-NLS-1$
	}

	static BigDecimal number(String label, String text) throws Unreadable {
		if (text == null || text.isBlank()) {
			return null;
		}
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance();
		format.setParseBigDecimal(true);
		ParsePosition position = new ParsePosition(0);
		String value = text.strip();
		Object parsed = format.parse(value, position);
		if (parsed == null || position.getIndex() != value.length()) {
			throw new Unreadable(NLS.bind(Messages.Input_notNumber, label));
		}
		return (BigDecimal) parsed;
	}

	static String number(BigDecimal number) {
		if (number == null) {
			return ""; //$NON-NLS-1$
		}
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(Math.max(0, number.scale()));
		return format.format(number);
	}

	static Currency currency(String text) throws Unreadable {
		try {
			return Currency.getInstance(text.strip().toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException | NullPointerException e) {
			throw new Unreadable(NLS.bind(Messages.Input_notCurrency, text));
		}
	}

	static Money money(String label, String amount, String currency) throws Unreadable {
		BigDecimal value = number(label, amount);
		return value == null ? null : new Money(value, currency(currency));
	}
}
