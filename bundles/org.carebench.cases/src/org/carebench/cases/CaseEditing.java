package org.carebench.cases;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.carebench.core.Actor;
import org.carebench.core.Permission;

/**
 * A change of a case in progress, inside the case's unit of work: what a {@link CaseChange} writes with, and how it
 * records what it did. Logging moves the case up in lists ordered by last activity; once the unit of work commits,
 * the workbench is told the case changed.
 */
public interface CaseEditing {

	/** The unit of work: what the change writes commits with its log entries, or not at all. */
	EntityManager em();

	/** The case being changed. */
	CaseFacts facts();

	/** Who changes it, as the log records him. */
	Actor actor();

	/** The time of the change (one for all its log entries). */
	Instant now();

	/** Refuses, naming the permission, unless the user's role in the case's project grants it. */
	void require(Permission permission, String action);

	/** Whether the user's role in the case's project grants {@code permission}. */
	boolean allows(Permission permission);

	/** Appends an entry to the case's activity log. */
	void log(String action, String before, String after, String detail);
}
