package org.carebench.cases;

/** Event Admin topics the case service posts after a change has been committed. */
public final class CaseEvents {

	/** A case was created or changed; property {@link #CASE_ID} names it. */
	public static final String CHANGED = "org/carebench/cases/CHANGED"; //$NON-NLS-1$
	/** Many cases changed at once (an import or a bulk operation): lists should reload. */
	public static final String MANY_CHANGED = "org/carebench/cases/MANY_CHANGED"; //$NON-NLS-1$
	/** Event property: the id of the case (a {@link Long}). */
	public static final String CASE_ID = "caseId"; //$NON-NLS-1$

	private CaseEvents() {
	}
}
