package org.carebench.cases;

import java.time.Instant;

/**
 * One row of the case list.
 *
 * @param clientName   "First Last", or {@code null} for an anonymous client
 * @param assigneeId   {@code null} when unassigned
 * @param assigneeName {@code null} when unassigned
 * @param teamName     the team the case is assigned to, or {@code null}
 */
public record CaseSummary(long id, String code, String clientName, String statusCode, Long assigneeId,
		String assigneeName, String teamName, long projectId, Instant openedAt, Instant lastActivityAt) {

	public boolean isAnonymous() {
		return clientName == null;
	}
}
