package org.carebench.cases;

import java.util.List;

import org.carebench.core.Permission;

/**
 * Links between related cases of a network (the same family, a client with a case in two projects). Linking needs
 * {@link Permission#CASE_LINK}; both cases log it.
 */
public interface CaseLinkService {

	/** The cases linked to a case. */
	List<RelatedCase> relatedCases(long caseId);

	/**
	 * Named clients of the case's network whose first or last name starts with {@code name} (accent- and
	 * case-insensitive), with their cases; an empty name finds every named client, by name, up to
	 * {@code limit}. Only from a case whose client is named: an anonymous case cannot be related.
	 */
	List<RelatableClient> findRelatable(long caseId, String name, int limit);

	/** Links two cases of the network whose clients are named. */
	List<RelatedCase> link(long caseId, long relatedCaseId);

	List<RelatedCase> unlink(long caseId, long relatedCaseId);
}
