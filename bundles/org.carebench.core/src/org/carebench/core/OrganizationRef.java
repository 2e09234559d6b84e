package org.carebench.core;

/** An organization (agency) operating in one or more projects of a network. */
public record OrganizationRef(long id, long networkId, String name) {
}
