package org.carebench.cases;

import java.util.List;

/**
 * What the case list shows and in which order: the quick-search text, the column filters, and the rules of an
 * advanced search. All of them must hold, except the rules among themselves, which hold all or any.
 *
 * @param text       case-code or client-name prefix (accent- and case-insensitive), or {@code null}
 * @param statusCode {@code null} for every status
 * @param projectId  {@code null} for every project
 * @param rules      at most one per field (see {@link SearchRule#key()})
 * @param matchAny   whether one of the rules is enough (OR) instead of all (AND)
 */
public record CaseQuery(String text, String statusCode, AssigneeFilter assignee, Long projectId,
		List<SearchRule> rules, boolean matchAny, CaseSort sort, boolean ascending) {

	/** Every case, most recent activity first. */
	public static final CaseQuery ALL = new CaseQuery(null, null, AssigneeFilter.ANY, null, List.of(), false,
			CaseSort.LAST_ACTIVITY, false);

	public CaseQuery {
		if (text != null && text.isBlank()) {
			text = null;
		}
		if (assignee == null) {
			assignee = AssigneeFilter.ANY;
		}
		rules = rules == null ? List.of() : List.copyOf(rules);
		if (sort == null) {
			sort = CaseSort.LAST_ACTIVITY;
		}
	}

	public CaseQuery withText(String searchText) {
		return new CaseQuery(searchText, statusCode, assignee, projectId, rules, matchAny, sort, ascending);
	}

	public CaseQuery withStatus(String code) {
		return new CaseQuery(text, code, assignee, projectId, rules, matchAny, sort, ascending);
	}

	public CaseQuery withAssignee(AssigneeFilter filter) {
		return new CaseQuery(text, statusCode, filter, projectId, rules, matchAny, sort, ascending);
	}

	public CaseQuery withProject(Long project) {
		return new CaseQuery(text, statusCode, assignee, project, rules, matchAny, sort, ascending);
	}

	public CaseQuery withRules(List<SearchRule> searchRules, boolean any) {
		return new CaseQuery(text, statusCode, assignee, projectId, searchRules, any, sort, ascending);
	}

	public CaseQuery sortedBy(CaseSort order, boolean ascendingOrder) {
		return new CaseQuery(text, statusCode, assignee, projectId, rules, matchAny, order, ascendingOrder);
	}

	/** Whether anything narrows the list. */
	public boolean isFiltered() {
		return text != null || statusCode != null || assignee.kind() != AssigneeFilter.Kind.ANY || projectId != null
				|| !rules.isEmpty();
	}
}
