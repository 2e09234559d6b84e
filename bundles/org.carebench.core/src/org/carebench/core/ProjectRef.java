package org.carebench.core;

/** A project (program) of a network, to which cases belong. */
public record ProjectRef(long id, long networkId, String code, String name) {
}
