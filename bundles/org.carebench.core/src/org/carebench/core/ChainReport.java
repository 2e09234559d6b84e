package org.carebench.core;

import java.util.List;

/**
 * What a verification of the activity log's hash chains found.
 *
 * @param unchained entries written before the log was chained (older databases); they cannot be verified
 * @param breaks     entries whose hash or link does not match, or cases whose log lost entries or was rewritten
 *                   since the previous checkpoint: the log was changed there
 * @param checkpoint what the log holds now, to keep for the next verification
 */
public record ChainReport(long cases, long entries, long unchained, List<Break> breaks, LogCheckpoint checkpoint) {

	/** An entry where a case's chain breaks ({@code entryId} 0: the case as a whole). */
	public record Break(long caseId, long entryId, String reason) {
	}

	public boolean intact() {
		return breaks.isEmpty();
	}
}
