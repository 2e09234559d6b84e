package org.carebench.core;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The append-only record of every change to a case. A service writes its entry with the entity manager of the
 * transaction that makes the change, so the change and its record commit or fail together.
 */
public interface ActivityLog {

	/** Standard actions; bundles may use their own, dot-separated and prefixed by their area. */
	String CASE_OPENED = "case.opened"; //$NON-NLS-1$
	String STATUS_CHANGED = "case.status"; //$NON-NLS-1$
	String ASSIGNED = "case.assigned"; //$NON-NLS-1$
	String NOTE_ADDED = "case.note"; //$NON-NLS-1$

	/** Appends an entry in the transaction of {@code em}. */
	void record(EntityManager em, long caseId, UserRef actor, String action, String before, String after,
			String detail);

	/** The entries of one case, oldest first. */
	List<ActivityEntry> forCase(long caseId);
}
