package org.carebench.core;

/** A user's role in a project. */
public record Membership(UserRef user, ProjectRef project, RoleRef role) {
}
