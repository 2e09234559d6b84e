package org.carebench.planning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a plan item type's progress rule knows of an item.
 *
 * @param values         the values of the type's fields, by key (absent when not filled)
 * @param unitsDelivered the units of all its delivery records (zero for types that do not deliver units)
 */
public record ItemFacts(boolean completed, boolean cancelled, LocalDate actualStart, LocalDate actualEnd,
		Map<String, Object> values, BigDecimal unitsDelivered) {

	/** The value of a number field, or {@code null}. */
	public BigDecimal number(String key) {
		return values.get(key) instanceof BigDecimal number ? number : null;
	}
}
