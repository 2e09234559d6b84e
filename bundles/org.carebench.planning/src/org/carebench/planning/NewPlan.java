package org.carebench.planning;

import java.util.List;
import java.util.Set;

/**
 * What a new service plan starts with.
 *
 * @param goalDefinitionId a goal of the project's list, or {@code null} with {@code goalText}
 * @param goalText         a goal in the caseworker's words, when not from the list
 * @param principalClientId whose needs the plan mainly addresses: one of {@code participantIds}
 * @param participantIds   case participants who are members of the plan; must include the case's primary client
 * @param subGoals         at least one
 */
public record NewPlan(Long goalDefinitionId, String goalText, long principalClientId, Set<Long> participantIds,
		List<String> subGoals) {
}
