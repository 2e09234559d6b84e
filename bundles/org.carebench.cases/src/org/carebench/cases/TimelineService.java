package org.carebench.cases;

import java.time.LocalDate;
import java.util.List;

import org.carebench.core.Permission;

/**
 * The activities of cases' timelines (their case types schedule them; {@link CaseSetupService} defines the
 * types): a case's timeline, completing and rescheduling activities ({@link Permission#CASE_EDIT}), and what is
 * due for the signed-in user across his cases.
 */
public interface TimelineService {

	/** The activities of a case, by due date. */
	List<ScheduledActivity> activities(long caseId);

	/** Marks an activity done. */
	ScheduledActivity complete(long activityId);

	/** Moves an activity to another day. */
	ScheduledActivity reschedule(long activityId, LocalDate due);

	/**
	 * The activities still to do that are assigned to the signed-in user, due on or before {@code until} (overdue
	 * ones included), soonest first, in the cases he sees.
	 */
	List<ScheduledActivity> upcomingForMe(LocalDate until);
}
