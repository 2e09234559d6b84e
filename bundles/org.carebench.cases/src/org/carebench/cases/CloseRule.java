package org.carebench.cases;

import java.util.Optional;

/**
 * A condition a case must meet before it can be closed, such as "all follow-ups completed". Bundles register
 * close rules as OSGi services; a project administrator chooses which rules his project applies.
 */
public interface CloseRule {

	/** A stable identifier, stored with the projects that apply the rule. */
	String id();

	/** What the rule asks, in the user's language ("All follow-ups are completed"). */
	String label();

	/**
	 * What still keeps {@code theCase} from closing, in the user's language ("2 follow-ups are not completed"), or
	 * empty when it may close.
	 */
	Optional<String> check(CaseDetails theCase);
}
