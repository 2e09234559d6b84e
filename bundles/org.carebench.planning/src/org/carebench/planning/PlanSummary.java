package org.carebench.planning;

import java.time.Instant;

/** A plan in the list of a case's plans. */
public record PlanSummary(long id, long caseId, String goal, int itemsCompleted, int itemsTotal, Instant createdAt) {
}
