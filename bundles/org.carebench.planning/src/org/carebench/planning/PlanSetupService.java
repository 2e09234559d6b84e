package org.carebench.planning;

import java.util.List;

/**
 * What plans are made of in a project: the plan item types installed, and the project's lists of goals and basic
 * items. Reading the lists needs {@link org.carebench.core.Permission#CASE_VIEW} in the project; adding to them
 * needs {@link org.carebench.core.Permission#PROJECT_ADMINISTER}.
 */
public interface PlanSetupService {

	/** What the administration log records for a project's plan lists (subject: the project). */
	String GOAL_DEFINED = "planning.goal"; //$NON-NLS-1$
	String ITEM_DEFINED = "planning.item"; //$NON-NLS-1$

	/** The plan item types installed now, by label. */
	List<ItemTypeInfo> itemTypes();

	List<GoalDefinition> goalDefinitions(long projectId);

	GoalDefinition defineGoal(long projectId, String name);

	List<ItemDefinition> itemDefinitions(long projectId);

	ItemDefinition defineItem(long projectId, String name, String purpose);
}
