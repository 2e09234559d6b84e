package org.carebench.cases;

/**
 * Where a page of the case list ended: the sort key and id of its last row. Opaque to callers; only
 * {@link CaseService#findCases} reads it.
 */
public record CaseCursor(Object sortKey, long id) {
}
