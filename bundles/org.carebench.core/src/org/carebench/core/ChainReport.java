package org.carebench.core;

import java.util.List;

/**
 * What a verification of the logs' hash chains found (each case's activity log, the administration log).
 *
 * @param cases      the cases that have an activity log
 * @param entries    the entries of the cases' activity logs
 * @param administrationEntries the entries of the administration log
 * @param unchained entries written before the log was chained (older databases); they cannot be verified
 * @param breaks     entries whose hash or link does not match, or chains that lost entries or was rewritten
 *                   since the previous checkpoint: the log was changed there
 * @param checkpoint what the log holds now, to keep for the next verification
 */
public record ChainReport(long cases, long entries, long administrationEntries, long unchained, List<Break> breaks,
		LogCheckpoint checkpoint) {

	/** {@link Break#log()} of the activity log's chains. */
	public static final String ACTIVITY = "activity"; //$NON-NLS-1$
	/** {@link Break#log()} of the administration log's chain. */
	public static final String ADMINISTRATION = "administration"; //$NON-NLS-1$

	/**
	 * An entry where a chain breaks ({@code entryId} 0: the chain as a whole).
	 *
	 * @param log    {@link #ACTIVITY} or {@link #ADMINISTRATION}
	 * @param caseId the case whose chain breaks; 0 in the administration log
	 */
	public record Break(String log, long caseId, long entryId, String reason) {
	}

	public boolean intact() {
		return breaks.isEmpty();
	}
}
