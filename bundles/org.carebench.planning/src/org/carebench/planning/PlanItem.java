package org.carebench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.carebench.planning.api.Money;

/**
 * A plan item as stored.
 *
 * @param definitionId   the project's item definition it was made from (basic items), or {@code null}
 * @param typeKnown      false when the bundle of its type is not installed: the item is shown read-only
 * @param ownerName      the user or plan participant responsible for it
 * @param values         the values of its type's fields, by key (for an unknown type, as stored)
 * @param unitsAuthorized {@code null} unless its type delivers units
 * @param progress       from 0 to 1, by its type's rule
 */
public record PlanItem(long id, long planId, long subGoalId, String typeId, String typeLabel, boolean typeKnown,
		Long definitionId, String name, String purpose, PlanItemStatus status, Long ownerUserId, Long ownerClientId, String ownerName,
		LocalDate expectedStart, LocalDate expectedEnd, LocalDate actualStart, LocalDate actualEnd,
		String expectedOutcome, String actualOutcome, Money expectedCost, Money actualCost,
		List<Long> participantIds, Map<String, Object> values, BigDecimal unitsAuthorized, BigDecimal unitsDelivered,
		List<UnitDelivery> deliveries, double progress, long version) {
}
