package org.carebench.core;

import java.time.Instant;
import java.util.Map;

/**
 * What the logs held when they were last verified: for each case's activity log, and for the administration log
 * ({@code null} before its first entry), how many entries and the seal of the last.
 * Kept outside the database ({@link LogCheckpoints}), it lets the next verification find entries cut from the end
 * of a chain, and chains recomputed after a change, which the chain alone cannot show.
 */
public record LogCheckpoint(Instant taken, Map<Long, Head> cases, Head administration) {

	/** A chain at the checkpoint. */
	public record Head(long entries, String lastSeal) {
	}

	public LogCheckpoint {
		cases = Map.copyOf(cases);
	}
}
