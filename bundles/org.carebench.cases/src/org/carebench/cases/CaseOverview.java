package org.carebench.cases;

import java.util.List;

/**
 * What the overview page shows: counts of the cases the user sees, and his recent cases.
 *
 * @param unassigned open cases with neither a user nor a team
 * @param assigned   open cases with a user or a team
 * @param myRecent   the cases the user changed last, most recent first
 */
public record CaseOverview(long total, long unassigned, long assigned, long closed, List<CaseSummary> myRecent) {
}
