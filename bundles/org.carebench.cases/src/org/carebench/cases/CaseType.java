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

	/**
	 * A role of the type, e.g. "Housing coordinator".
	 *
	 * @param filledByOpener whether whoever opens the case holds it, unless the opening names someone else (the
	 *                       coordinator of CiviCase's housing example is the case's creator)
	 */
	public record Role(String code, String name, boolean filledByOpener) {

		public Role(String code, String name) {
			this(code, name, false);
		}
	}

	/**
	 * An activity of the timeline.
	 *
	 * @param offsetDays    days after the opening, or after {@code relativeTo}'s due date
	 * @param relativeTo    the code of the activity this one follows, or {@code null} for the opening
	 * @param roleCode      the role whose holder does it, or {@code null} for the case's assignee
	 * @param doneAtOpening whether opening the case does it (CiviCase's "Open case"): it is recorded as completed
	 *                      by whoever opened the case, on the opening day
	 */
	public record Activity(String code, String name, int offsetDays, String relativeTo, String roleCode,
			boolean doneAtOpening) {

		public Activity(String code, String name, int offsetDays, String relativeTo, String roleCode) {
			this(code, name, offsetDays, relativeTo, roleCode, false);
		}
	}
}
