package org.carebench.cases;

/**
 * What the case list shows and in which order.
 *
 * @param statusCode {@code null} for every status
 * @param projectId  {@code null} for every project
 */
public record CaseQuery(String statusCode, AssigneeFilter assignee, Long projectId, CaseSort sort,
		boolean ascending) {

	/** Every case, most recent activity first. */
	public static final CaseQuery ALL = new CaseQuery(null, AssigneeFilter.ANY, null, CaseSort.LAST_ACTIVITY, false);

	public CaseQuery {
		if (assignee == null) {
			assignee = AssigneeFilter.ANY;
		}
		if (sort == null) {
			sort = CaseSort.LAST_ACTIVITY;
		}
	}

	public CaseQuery withStatus(String code) {
		return new CaseQuery(code, assignee, projectId, sort, ascending);
	}

	public CaseQuery withAssignee(AssigneeFilter filter) {
		return new CaseQuery(statusCode, filter, projectId, sort, ascending);
	}

	public CaseQuery withProject(Long project) {
		return new CaseQuery(statusCode, assignee, project, sort, ascending);
	}

	public CaseQuery sortedBy(CaseSort order, boolean ascendingOrder) {
		return new CaseQuery(statusCode, assignee, projectId, order, ascendingOrder);
	}
}
