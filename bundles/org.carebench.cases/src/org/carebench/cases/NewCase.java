package org.carebench.cases;

import java.util.Map;

/**
 * A request to open a case.
 *
 * @param assigneeId the user to assign it to, or {@code null} to leave it unassigned
 * @param caseTypeId the case type whose timeline to schedule, or {@code null}
 * @param roles      who fills each role of the case type (role code to user id)
 */
public record NewCase(long clientId, long projectId, long organizationId, Long assigneeId, Long caseTypeId,
		Map<String, Long> roles) {

	/** A case without a case type. */
	public NewCase(long clientId, long projectId, long organizationId, Long assigneeId) {
		this(clientId, projectId, organizationId, assigneeId, null, Map.of());
	}

	public NewCase {
		roles = roles == null ? Map.of() : Map.copyOf(roles);
	}
}
