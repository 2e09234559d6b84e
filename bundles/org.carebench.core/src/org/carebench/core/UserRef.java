package org.carebench.core;

/** A user as other screens and services name him: enough to show and to refer to, nothing secret. */
public record UserRef(long id, String login, String displayName, long organizationId) {
}
