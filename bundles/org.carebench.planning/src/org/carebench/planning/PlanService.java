package org.carebench.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Service plans of cases. A plan obeys its case's access rules: who sees the case sees its plans; changing them
 * needs {@link org.carebench.core.Permission#CASE_EDIT} in the case's project, defining a project's goals and basic
 * items needs {@link org.carebench.core.Permission#PROJECT_ADMINISTER}. Every change goes to the case's activity
 * log. The project's lists of goals and basic items are kept by {@link PlanSetupService}. Wrong input is refused with a {@link org.carebench.core.ValidationException} naming the field; nothing is
 * half-saved.
 */
public interface PlanService {

	/** The plans of a case, oldest first. */
	List<PlanSummary> plans(long caseId);

	ServicePlan plan(long planId);

	ServicePlan createPlan(long caseId, NewPlan plan);

	/**
	 * Changes the plan's members: case participants, always including the case's primary client; the principal
	 * participant is one of them.
	 */
	ServicePlan setParticipants(long planId, long principalClientId, Set<Long> participantIds);

	ServicePlan addGroup(long planId, String name);

	/** Adds a sub-goal, in a group of the plan or outside any ({@code groupId} {@code null}). */
	ServicePlan addSubGoal(long planId, String name, Long groupId);

	/** Moves a sub-goal into a group of its plan, or out of any. */
	ServicePlan moveSubGoal(long subGoalId, Long groupId);

	PlanItem addItem(long subGoalId, PlanItemDraft draft);

	/**
	 * Changes an item; refused with a {@link org.carebench.core.ConcurrentChangeException} when someone changed it
	 * since {@code expectedVersion}, and when its type is not installed.
	 */
	PlanItem updateItem(long itemId, PlanItemDraft draft, long expectedVersion);

	/**
	 * Records units delivered by an item that tracks them. Units beyond the authorized ones are refused unless
	 * {@code overReason} says why.
	 *
	 * @param deliveredById the user who delivered them, or {@code null}
	 */
	PlanItem recordDelivery(long itemId, LocalDate deliveredOn, BigDecimal units, Long deliveredById,
			String overReason);

	ServicePlan addMilestone(long planId, String name, LocalDate expectedDate);

	ServicePlan reachMilestone(long milestoneId, LocalDate actualDate);
}
