package org.carebench.core;

import java.util.List;

/**
 * What a verification of the activity log's hash chains found.
 *
 * @param unchained entries written before the log was chained (older databases); they cannot be verified
 * @param breaks    entries whose hash or link does not match: the log was changed there
 */
public record ChainReport(long cases, long entries, long unchained, List<Break> breaks) {

	/** An entry where a case's chain breaks. */
	public record Break(long caseId, long entryId, String reason) {
	}

	public boolean intact() {
		return breaks.isEmpty();
	}
}
