package org.carebench.planning;

import java.math.BigDecimal;
import java.util.List;

import org.carebench.planning.api.Money;

/**
 * A plan's roll-up.
 *
 * @param itemsCompleted  completed items (cancelled ones count nowhere)
 * @param unitsDelivered  of the items that deliver service units
 * @param progress        the mean of the items' own progress, from 0 to 1
 * @param costs           expected and actual cost per currency
 */
public record PlanProgress(int itemsCompleted, int itemsTotal, BigDecimal unitsDelivered, BigDecimal unitsAuthorized,
		double progress, List<CostTotal> costs) {

	/** Expected against actual cost in one currency; {@code null} amounts where no item gave one. */
	public record CostTotal(java.util.Currency currency, Money expected, Money actual) {
	}
}
