package org.carebench.planning;

import java.util.List;

import org.carebench.planning.PlanStructure.Group;
import org.carebench.planning.PlanStructure.Milestone;
import org.carebench.planning.PlanStructure.Participant;
import org.carebench.planning.PlanStructure.SubGoal;

/** A service plan, whole: its goal, members, structure, items, milestones and roll-up. */
public record ServicePlan(long id, long caseId, String caseCode, String goal, List<Participant> participants,
		List<Group> groups, List<SubGoal> subGoals, List<PlanItem> items, List<Milestone> milestones,
		PlanProgress progress, long version) {
}
