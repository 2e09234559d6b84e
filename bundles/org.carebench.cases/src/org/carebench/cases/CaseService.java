package org.carebench.cases;

import java.util.List;
import java.util.Optional;

import org.carebench.core.ActivityEntry;
import org.carebench.core.Permission;

/**
 * What caseworkers do with cases: open them for clients, find them, move them through their statuses, assign
 * them and write notes. Every operation checks the user's permission in the case's project and whether he may see
 * the case (his organization's, shared across the network, or one he collaborates on); a refusal names the
 * missing permission and changes nothing. Every change is recorded in the case's activity log in the same
 * transaction. Notes, links, participants and a project's set-up have their own services ({@link NoteService},
 * {@link CaseLinkService}, {@link ParticipantService}, {@link CaseSetupService}).
 */
public interface CaseService {

	/** Opens a case for a client in a project; it starts in the first (lowest position) open status. */
	CaseDetails createCase(NewCase request);

	/** The projects where the user may open cases, by name, with what he may choose in each. */
	List<NewCaseChoices> newCaseChoices();

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
	 * Everything the case editor shows, read in one unit of work: the case, its people, flags, attributes, related
	 * cases, log, the statuses it may move to, who may be assigned, and what the user may do. A case that does not
	 * exist or that the user does not see is a {@link org.carebench.core.NotFoundException}.
	 */
	OpenCase open(long caseId);

	/** For automations that act on the case as it is now: no version check. */
	long ANY_VERSION = -1;

	/**
	 * Moves a case to another status, along its project's workflow. Closing needs a closing reason from the
	 * project's list and the project's close rules to pass; reopening needs {@link Permission#CASE_REOPEN}.
	 *
	 * @param closingReason   the reason's code when the new status is a closed one, else {@code null}
	 * @param expectedVersion the {@link CaseDetails#version()} the user saw; if the case changed since, the change
	 *                        is refused with a {@link org.carebench.core.ConcurrentChangeException}
	 */
	CaseDetails changeStatus(long caseId, String statusCode, String closingReason, long expectedVersion);

	/** Assigns a case to a user, or unassigns it when {@code userId} is {@code null}. */
	CaseDetails assign(long caseId, Long userId, long expectedVersion);

	/**
	 * Assigns a case to a team of its organization, or takes it from its team when {@code teamId} is {@code null}
	 * (needs {@link Permission#CASE_ASSIGN}). The case keeps its user, if it has one.
	 */
	CaseDetails assignTeam(long caseId, Long teamId, long expectedVersion);

	/** Shares a case with every organization of its project's network, or stops sharing it. */
	CaseDetails share(long caseId, boolean shared, long expectedVersion);

	/** Lets a user of the project (of any organization of its network) work on the case. */
	CaseDetails addCollaborator(long caseId, long userId);

	CaseDetails removeCollaborator(long caseId, long userId);

	/** The statuses of the projects the user sees, each code once, in workflow order (for the list's filter). */
	List<CaseStatus> statuses();

	/**
	 * Gives a role of the case's type to another user (a coordinator leaves), or empties it when {@code userId} is
	 * {@code null}; needs {@link Permission#COLLABORATOR_MANAGE}. The activities of the role still to do move to
	 * the new holder, and the change is logged.
	 */
	CaseDetails changeRoleHolder(long caseId, String roleCode, Long userId);

	/** The activity log of a case, oldest first. */
	List<ActivityEntry> activityLog(long caseId);
}
