package org.carebench.core;

import java.time.Instant;
import java.util.Map;

/**
 * What the activity log held when it was last verified: for each case, how many entries and the seal of the last.
 * Kept outside the database ({@link LogCheckpoints}), it lets the next verification find entries cut from the end
 * of a case's log, and chains recomputed after a change, which the chain alone cannot show.
 */
public record LogCheckpoint(Instant taken, Map<Long, Head> cases) {

	/** A case's log at the checkpoint. */
	public record Head(long entries, String lastSeal) {
	}

	public LogCheckpoint {
		cases = Map.copyOf(cases);
	}
}
