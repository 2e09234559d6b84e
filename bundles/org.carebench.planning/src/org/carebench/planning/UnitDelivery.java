package org.carebench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Units of a service delivered on a day.
 *
 * @param overReason why more units than authorized were delivered; {@code null} when within them
 */
public record UnitDelivery(long id, LocalDate deliveredOn, BigDecimal units, Long deliveredById,
		String deliveredByName, String overReason) {
}
