package org.carebench.cases;

import java.time.Instant;

import org.carebench.core.Actor;

/**
 * A flag on a case, open until someone resolves it.
 *
 * @param comment    why it was raised, or {@code null}
 * @param resolvedBy {@code null} while open
 * @param resolvedAt {@code null} while open
 */
public record CaseFlag(long id, long caseId, FlagType type, String comment, Actor addedBy, Instant addedAt,
		Actor resolvedBy, Instant resolvedAt) {

	public boolean isOpen() {
		return resolvedAt == null;
	}
}
