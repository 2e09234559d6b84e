package org.carebench.core;

import java.time.Instant;

/**
 * One line of a case's activity log: who did what, when, and the value before and after. The log is
 * append-only; each entry carries the hash of the one before it, so that a changed or removed entry shows.
 */
public record ActivityEntry(long id, long caseId, Instant occurredAt, Actor actor, String action, String before,
		String after, String detail) {
}
