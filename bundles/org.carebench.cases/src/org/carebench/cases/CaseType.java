package org.carebench.cases;

import java.util.List;

/**
 * A kind of case with its own timeline (as in CiviCase): the roles someone fills when a case of the type opens,
 * and the activities scheduled then, each a number of days after the opening or after another activity.
 *
 * @param id 0 for a type not saved yet
 */
public record CaseType(long id, long projectId, String code, String name, List<Role> roles,
		List<Activity> activities) {

	/** A role of the type, e.g. "Housing coordinator". */
	public record Role(String code, String name) {
	}

	/**
	 * An activity of the timeline.
	 *
	 * @param offsetDays days after the opening, or after {@code relativeTo}'s due date
	 * @param relativeTo the code of the activity this one follows, or {@code null} for the opening
	 * @param roleCode   the role whose holder does it, or {@code null} for the case's assignee
	 */
	public record Activity(String code, String name, int offsetDays, String relativeTo, String roleCode) {
	}
}
