package org.carebench.cases;

/** A case-list query a user saved under a name, to come back to it. */
public record SavedView(long id, String name, CaseQuery query) {
}
