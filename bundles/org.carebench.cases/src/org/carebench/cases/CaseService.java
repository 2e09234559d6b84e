package org.carebench.cases;

import java.util.List;
import java.util.Optional;

import org.carebench.core.ActivityEntry;

/**
 * What caseworkers do with cases: open them for clients, find them, move them through their statuses, assign
 * them and write notes. Every change is recorded in the case's activity log in the same transaction.
 */
public interface CaseService {

	/** Opens a case for a client in a project; it starts in the first (lowest position) open status. */
	CaseDetails createCase(NewCase request);

	/**
	 * A page of cases matching {@code query}, in its order, starting after {@code after} (or at the start when
	 * empty). Pages are found by their sort keys, not by offsets, so page 10,000 costs what page 1 costs.
	 */
	CasePage findCases(CaseQuery query, Optional<CaseCursor> after, int limit);

	/**
	 * The ids of all cases matching {@code query}, in its order: what a list that may scroll anywhere needs to
	 * fetch the rows it shows with {@link #getSummaries(long[])}.
	 */
	long[] findCaseIds(CaseQuery query);

	/** The list rows of the given cases, in the order of {@code ids}; cases that no longer exist are left out. */
	List<CaseSummary> getSummaries(long[] ids);

	/** A case with its notes (newest first), or empty when it does not exist. */
	Optional<CaseDetails> getCase(long caseId);

	/**
	 * Moves a case to another status.
	 *
	 * @param expectedVersion the {@link CaseDetails#version()} the user saw; if the case changed since, the change
	 *                        is refused with a {@link org.carebench.core.ConcurrentChangeException}
	 */
	CaseDetails changeStatus(long caseId, String statusCode, long expectedVersion);

	/** Assigns a case to a user, or unassigns it when {@code userId} is {@code null}. */
	CaseDetails assign(long caseId, Long userId, long expectedVersion);

	/** Adds a note stamped with the current user and time; notes never conflict with other changes. */
	Note addNote(long caseId, String text);

	/** The statuses a case can have, in workflow order. */
	List<CaseStatus> statuses();

	/** The activity log of a case, oldest first. */
	List<ActivityEntry> activityLog(long caseId);
}
