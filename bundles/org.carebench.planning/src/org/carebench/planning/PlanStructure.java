package org.carebench.planning;

/** The parts of a plan that gather its items. */
public final class PlanStructure {

	private PlanStructure() {
	}

	/** A group gathering sub-goals. */
	public record Group(long id, String name, int position) {
	}

	/** A sub-goal, in a group or not ({@code groupId} {@code null}). */
	public record SubGoal(long id, Long groupId, String name, int position) {
	}

	/** A milestone: overdue when its expected date has passed without being reached. */
	public record Milestone(long id, String name, java.time.LocalDate expectedDate, java.time.LocalDate actualDate,
			boolean overdue) {
	}

	/** A member of the plan, chosen among the case's participants. */
	public record Participant(long clientId, String name, boolean principal, boolean caseClient) {
	}
}
