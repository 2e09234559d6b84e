package org.carebench.cases.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.ImportOptions.DateOrder;
import org.carebench.cases.AttributeDefinition.ValueType;
import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;

/**
 * Attribute values as users type them and as the database keeps them: text in text_value, numbers in
 * number_value, days in date_value, yes/no as "true"/"false" in text_value.
 */
final class AttributeValues {

	static final int TEXT_LENGTH = 1000;
	private static final int NUMBER_SCALE = 4;
	private static final int NUMBER_INTEGER_DIGITS = 15;
	private static final Set<String> YES = Set.of("true", "yes", "y", "1", "si", "s\u00ed", "s\u00ec"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Set<String> NO = Set.of("false", "no", "n", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** A value ready to store: exactly one of the three columns is set. */
	record Stored(String text, BigDecimal number, LocalDate date) {

		Object[] columns() {
			return new Object[] { text, number, date == null ? null : Date.valueOf(date) };
		}

		/** The canonical text of the value, as users see it. */
		String display() {
			if (number != null) {
				return number.stripTrailingZeros().toPlainString();
			}
			return date != null ? date.toString() : text;
		}
	}

	private AttributeValues() {
	}

	/**
	 * Parses what a user typed for an attribute; {@code null} for a blank value (clears it). A value that does not
	 * fit is refused with a message naming the attribute and what it expects.
	 */
	static Stored parse(AttributeDefinition definition, String raw) {
		return parse(definition, raw, DateOrder.ISO);
	}

	/** As {@link #parse(AttributeDefinition, String)}, dates also in {@code dates}' order (imports). */
	static Stored parse(AttributeDefinition definition, String raw, DateOrder dates) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		switch (definition.type()) {
			case TEXT -> {
				if (value.length() > TEXT_LENGTH) {
					throw refused(definition, value, NLS.bind(Messages.Attribute_expectText, TEXT_LENGTH));
				}
				return new Stored(value, null, null);
			}
			case NUMBER -> {
				try {
					BigDecimal number = new BigDecimal(value.replace(',', '.'));
					if (number.scale() > NUMBER_SCALE
							|| number.precision() - number.scale() > NUMBER_INTEGER_DIGITS) {
						throw new NumberFormatException();
					}
					return new Stored(null, number, null);
				} catch (NumberFormatException e) {
					throw refused(definition, value, Messages.Attribute_expectNumber);
				}
			}
			case DATE -> {
				try {
					return new Stored(null, null, ImportDates.parse(value, dates));
				} catch (DateTimeParseException e) {
					throw refused(definition, value, Messages.Attribute_expectDate);
				}
			}
			case YES_NO -> {
				String folded = value.toLowerCase(Locale.ROOT);
				if (YES.contains(folded)) {
					return new Stored("true", null, null); //$NON-NLS-1$
				}
				if (NO.contains(folded)) {
					return new Stored("false", null, null); //$NON-NLS-1$
				}
				throw refused(definition, value, Messages.Attribute_expectYesNo);
			}
			default -> throw new IllegalArgumentException(definition.type().name());
		}
	}

	/** The column a value of this type is kept in. */
	static String column(ValueType type) {
		return switch (type) {
			case TEXT, YES_NO -> "text_value"; //$NON-NLS-1$
			case NUMBER -> "number_value"; //$NON-NLS-1$
			case DATE -> "date_value"; //$NON-NLS-1$
		};
	}

	private static ValidationException refused(AttributeDefinition definition, String value, String expected) {
		String shown = value.length() > 40 ? value.substring(0, 39) + "\u2026" : value; //$NON-NLS-1$
		return new ValidationException(definition.code(),
				NLS.bind(Messages.Attribute_badValue, new Object[] { shown, definition.name(), expected }));
	}
}
