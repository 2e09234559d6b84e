package org.carebench.core;

/** A network of organizations sharing projects and clients. */
public record NetworkRef(long id, String name) {
}
