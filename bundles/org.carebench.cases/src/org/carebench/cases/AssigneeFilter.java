package org.carebench.cases;

/**
 * Which assignment the case list shows: any, only unassigned cases (no user, no team), the cases of one user, or
 * those assigned to one team.
 *
 * @param id the user when {@link #kind()} is {@link Kind#USER}, the team when it is {@link Kind#TEAM}
 */
public record AssigneeFilter(Kind kind, Long id) {

	public enum Kind {
		ANY, UNASSIGNED, USER, TEAM
	}

	public static final AssigneeFilter ANY = new AssigneeFilter(Kind.ANY, null);
	public static final AssigneeFilter UNASSIGNED = new AssigneeFilter(Kind.UNASSIGNED, null);

	public static AssigneeFilter user(long userId) {
		return new AssigneeFilter(Kind.USER, userId);
	}

	public static AssigneeFilter team(long teamId) {
		return new AssigneeFilter(Kind.TEAM, teamId);
	}
}
