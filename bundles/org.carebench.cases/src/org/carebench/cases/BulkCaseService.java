package org.carebench.cases;

import org.carebench.core.Permission;

/**
 * Changes many cases at once from the case list. Each case is checked as a single change would be (visibility,
 * the permission of the change in its project, the workflow) and also needs {@link Permission#BULK_EDIT}; a case
 * that fails is reported with its reason and the others go on. Cases are changed in batches, each one
 * transaction with its activity-log entries; canceling stops between batches.
 */
public interface BulkCaseService {

	/** Moves the cases to a status; a closing reason is needed when it is a closed one. */
	BulkReport changeStatus(long[] caseIds, String statusCode, String closingReason, BulkProgress progress);

	/** Assigns the cases to a user, or unassigns them when {@code userId} is {@code null}. */
	BulkReport assign(long[] caseIds, Long userId, BulkProgress progress);

	/** Raises a flag on the cases; a case that has an open flag of that type is left unchanged. */
	BulkReport addFlag(long[] caseIds, String flagCode, String comment, BulkProgress progress);
}
