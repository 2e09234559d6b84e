package org.carebench.cases;

/**
 * Which assignment the case list shows: any, only unassigned cases, or the cases of one user.
 *
 * @param userId the user when {@link #kind()} is {@link Kind#USER}
 */
public record AssigneeFilter(Kind kind, Long userId) {

	public enum Kind {
		ANY, UNASSIGNED, USER
	}

	public static final AssigneeFilter ANY = new AssigneeFilter(Kind.ANY, null);
	public static final AssigneeFilter UNASSIGNED = new AssigneeFilter(Kind.UNASSIGNED, null);

	public static AssigneeFilter user(long userId) {
		return new AssigneeFilter(Kind.USER, userId);
	}
}
