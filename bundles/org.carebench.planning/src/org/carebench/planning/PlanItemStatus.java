package org.carebench.planning;

/** Where a plan item stands. Cancelled items count in neither the done nor the total of a plan's progress. */
public enum PlanItemStatus {
	PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
