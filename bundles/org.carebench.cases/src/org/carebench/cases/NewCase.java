package org.carebench.cases;

/**
 * A request to open a case.
 *
 * @param assigneeId the user to assign it to, or {@code null} to leave it unassigned
 */
public record NewCase(long clientId, long projectId, long organizationId, Long assigneeId) {
}
