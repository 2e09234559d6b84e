package org.carebench.cases;

/**
 * A status of the case workflow.
 *
 * @param code     stable identifier stored with cases
 * @param name     the administrator's name for it (screens translate the built-in ones)
 * @param closed   whether a case in this status counts as closed
 * @param position order in the workflow
 */
public record CaseStatus(String code, String name, boolean closed, int position) {
}
