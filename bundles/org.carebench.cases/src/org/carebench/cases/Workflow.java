package org.carebench.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A project's workflow: its statuses, the moves allowed between them, the reasons a case may be closed for, and
 * the close rules that must pass before it closes. A project without a workflow of its own uses the default one.
 *
 * @param projectId  0 for the default workflow
 * @param closeRules ids of {@link CloseRule} services
 */
public record Workflow(long projectId, List<CaseStatus> statuses, Set<Transition> transitions,
		List<ClosingReason> closingReasons, List<String> closeRules) {

	/** An allowed move from one status to another. */
	public record Transition(String from, String to) {
	}

	public Optional<CaseStatus> status(String code) {
		return statuses.stream().filter(s -> s.code().equals(code)).findFirst();
	}

	/** The statuses a case in {@code from} may move to, in workflow order. */
	public List<CaseStatus> targetsFrom(String from) {
		return statuses.stream().filter(s -> transitions.contains(new Transition(from, s.code()))).toList();
	}

	public Optional<ClosingReason> closingReason(String code) {
		return closingReasons.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** The first open status: where new cases start. */
	public Optional<CaseStatus> initial() {
		return statuses.stream().filter(s -> !s.closed()).findFirst();
	}
}
