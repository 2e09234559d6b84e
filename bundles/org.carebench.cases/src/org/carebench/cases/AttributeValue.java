package org.carebench.cases;

/**
 * The value of one of a project's attributes on a case.
 *
 * @param value as text in the type's canonical form (2026-03-31, 12.5, true), or {@code null} when not set
 */
public record AttributeValue(AttributeDefinition definition, String value) {
}
