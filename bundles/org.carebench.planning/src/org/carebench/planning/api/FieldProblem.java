package org.carebench.planning.api;

/**
 * What is wrong with one field of a plan item, as the user reads it.
 *
 * @param field the key of the field (or of a standard item field, such as {@code actualEnd})
 */
public record FieldProblem(String field, String message) {
}
