package org.carebench.planning;

/** A goal an administrator offers for the plans of a project. */
public record GoalDefinition(long id, long projectId, String name) {
}
