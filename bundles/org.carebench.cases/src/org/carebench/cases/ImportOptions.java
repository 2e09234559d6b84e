package org.carebench.cases;

import java.util.Locale;

/**
 * How an import file writes what it holds.
 *
 * @param dates how its dates are written; ISO dates (2026-03-31) are read whatever is chosen
 */
public record ImportOptions(DateOrder dates) {

	/** The order of day, month and year in the file's dates. */
	public enum DateOrder {
		/** 2026-03-31 only. */
		ISO,
		/** 31/03/2026 (also 31-03-2026, 31.03.2026): as Spanish and Italian spreadsheet programs write dates. */
		DAY_MONTH_YEAR,
		/** 03/31/2026: as US spreadsheet programs write dates. */
		MONTH_DAY_YEAR
	}

	/** Dates as ISO dates only. */
	public static final ImportOptions ISO = new ImportOptions(DateOrder.ISO);

	public ImportOptions {
		dates = dates == null ? DateOrder.ISO : dates;
	}

	/** The date order spreadsheet programs use in {@code locale} (US English month first, most others day first). */
	public static DateOrder dateOrderOf(Locale locale) {
		return "US".equals(locale.getCountry()) || locale.getCountry().isEmpty() && "en".equals(locale.getLanguage())
				? DateOrder.MONTH_DAY_YEAR
				: DateOrder.DAY_MONTH_YEAR;
	}
}
