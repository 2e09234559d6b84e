package org.carebench.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A project's workflow: its statuses, the moves allowed between them, the reasons a case may be closed for, and
 * the close rules that must pass before it closes. A project without a workflow of its own uses the default one.
 * Names are read in the user's language where the workflow has one for it ({@link #translations()}).
 *
 * @param projectId    0 for the default workflow
 * @param closeRules   ids of {@link CloseRule} services
 * @param translations names of statuses and closing reasons in other languages
 */
public record Workflow(long projectId, List<CaseStatus> statuses, Set<Transition> transitions,
		List<ClosingReason> closingReasons, List<String> closeRules, List<Translation> translations) {

	/** An allowed move from one status to another. */
	public record Transition(String from, String to) {
	}

	/** What a translated name names. */
	public enum Named {
		STATUS, CLOSING_REASON
	}

	/**
	 * The name of a status or closing reason in one language.
	 *
	 * @param language an ISO 639 code ("es", "it")
	 */
	public record Translation(Named kind, String code, String language, String name) {
	}

	/** A workflow without translated names. */
	public Workflow(long projectId, List<CaseStatus> statuses, Set<Transition> transitions,
			List<ClosingReason> closingReasons, List<String> closeRules) {
		this(projectId, statuses, transitions, closingReasons, closeRules, List.of());
	}

	public Workflow {
		translations = translations == null ? List.of() : List.copyOf(translations);
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

	/** The name of a status or closing reason in {@code language}, if the workflow has one. */
	public Optional<String> translation(Named kind, String code, String language) {
		return translations.stream().filter(t -> t.kind() == kind && t.code().equals(code)
				&& t.language().equals(language)).map(Translation::name).findFirst();
	}

	/** This workflow with its statuses and closing reasons named in {@code language} where it has names for it. */
	public Workflow localized(String language) {
		List<CaseStatus> named = statuses.stream().map(s -> new CaseStatus(s.code(),
				translation(Named.STATUS, s.code(), language).orElse(s.name()), s.closed(), s.position())).toList();
		List<ClosingReason> reasons = closingReasons.stream().map(r -> new ClosingReason(r.code(),
				translation(Named.CLOSING_REASON, r.code(), language).orElse(r.name()))).toList();
		return new Workflow(projectId, named, transitions, reasons, closeRules, translations);
	}

	/** The first open status: where new cases start. */
	public Optional<CaseStatus> initial() {
		return statuses.stream().filter(s -> !s.closed()).findFirst();
	}
}
