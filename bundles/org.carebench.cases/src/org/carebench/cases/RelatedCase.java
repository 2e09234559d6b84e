package org.carebench.cases;

/**
 * A case linked to another one, or one that could be: enough to recognize it. The user may not be able to open
 * it (another organization's case); {@link #visible()} says whether he can.
 */
public record RelatedCase(long caseId, String code, String clientName, String projectName, String statusCode,
		boolean visible) {
}
