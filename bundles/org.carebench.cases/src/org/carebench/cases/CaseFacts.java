package org.carebench.cases;

/**
 * What other areas need to know of a case to attach their records to it and to check access: its project (whose
 * role decides what the user may do), organization and primary client.
 */
public record CaseFacts(long id, String code, long projectId, long organizationId, long clientId, long networkId) {
}
