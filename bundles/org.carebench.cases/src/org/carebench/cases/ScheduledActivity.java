package org.carebench.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.carebench.core.UserRef;

/**
 * An activity of a case's timeline.
 *
 * @param assignee    who does it, or {@code null}
 * @param completedAt {@code null} unless completed
 */
public record ScheduledActivity(long id, long caseId, String caseCode, String code, String name, LocalDate due,
		Status status, UserRef assignee, Instant completedAt) {

	public enum Status {
		SCHEDULED, COMPLETED, CANCELLED
	}

	/** Still to do and its day has passed. */
	public boolean isOverdue(LocalDate today) {
		return status == Status.SCHEDULED && due.isBefore(today);
	}
}
