package org.carebench.planning;

/** A basic plan item as an administrator defined it for a project: its name and purpose are fixed. */
public record ItemDefinition(long id, long projectId, String name, String purpose) {
}
