package org.carebench.cases;

/** What a service changes in a case's records, given the case's unit of work (see {@link CaseAccess#change}). */
@FunctionalInterface
public interface CaseChange<T> {

	T apply(CaseEditing editing);
}
