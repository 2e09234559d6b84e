package org.carebench.reporting;

import java.util.List;

/**
 * A value a report asks for before it runs, read from its design. Parameters named by Carebench's conventions get
 * their choices from Carebench: {@code project_id} (the user's projects), {@code organization_id} (the
 * organizations of his networks), {@code from_date} and {@code to_date} (a date range), {@code case_id}.
 *
 * @param name         the design's parameter name
 * @param prompt       the question shown to the user
 * @param kind         what kind of value it takes
 * @param required     whether the report cannot run without it
 * @param defaultValue the design's default, or {@code null}
 * @param choices      the values to choose from, empty when any value of the kind is accepted
 */
public record ReportParameter(String name, String prompt, Kind kind, boolean required, Object defaultValue,
		List<Choice> choices) {

	/** Kinds of values; dates are {@link java.time.LocalDate}s, numbers {@link Long} or {@link java.math.BigDecimal}. */
	public enum Kind {
		TEXT, INTEGER, DECIMAL, DATE, BOOLEAN
	}

	/** One value to choose from and its label. */
	public record Choice(Object value, String label) {
	}

	public static final String PROJECT = "project_id"; //$NON-NLS-1$
	public static final String ORGANIZATION = "organization_id"; //$NON-NLS-1$
	public static final String FROM_DATE = "from_date"; //$NON-NLS-1$
	public static final String TO_DATE = "to_date"; //$NON-NLS-1$
	public static final String CASE = "case_id"; //$NON-NLS-1$
}
