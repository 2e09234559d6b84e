package org.carebench.core;

/** A team of an organization: cases can be assigned to it, and its members pick them up. */
public record TeamRef(long id, long organizationId, String name) {
}
