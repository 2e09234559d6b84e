package org.carebench.cases.ui;

import java.util.Optional;

import org.carebench.core.ActivityEntry;

/**
 * How the activity log page reads the entries of another bundle's actions (a care plan item added, a referral
 * sent): registered as an OSGi service by the bundle that writes them.
 */
public interface ActivityDescriptions {

	/** The entry as one sentence in the user's language, or empty when its action is not this bundle's. */
	Optional<String> describe(ActivityEntry entry);
}
