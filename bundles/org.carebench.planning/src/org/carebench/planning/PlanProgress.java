package org.carebench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carebench.planning.api.Money;

/**
 * A plan's roll-up.
 *
 * @param itemsCompleted completed items (cancelled ones count nowhere)
 * @param unitsDelivered of the items that deliver service units
 * @param progress       the mean of the items' own progress, from 0 to 1
 * @param costs          expected and actual cost per currency
 * @param dates          when the plan was expected to run and when it did
 * @param itemsLate      items still open whose expected end has passed
 */
public record PlanProgress(int itemsCompleted, int itemsTotal, BigDecimal unitsDelivered, BigDecimal unitsAuthorized,
		double progress, List<CostTotal> costs, Dates dates, int itemsLate) {

	/** Expected against actual cost in one currency; {@code null} amounts where no item gave one. */
	public record CostTotal(java.util.Currency currency, Money expected, Money actual) {
	}

	/**
	 * The plan's span, from its items (cancelled ones left out): the earliest start and latest end expected, the
	 * earliest actual start, and the latest actual end once every item has ended ({@code null} until then).
	 */
	public record Dates(LocalDate expectedStart, LocalDate expectedEnd, LocalDate actualStart, LocalDate actualEnd) {
	}
}
