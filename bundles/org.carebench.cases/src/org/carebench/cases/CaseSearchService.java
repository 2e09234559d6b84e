package org.carebench.cases;

import java.util.List;

/**
 * Finding cases besides the list itself: quick search, the overview, and the user's saved views. Everything it
 * returns is limited to the cases the user sees.
 */
public interface CaseSearchService {

	/**
	 * Up to {@code limit} cases whose code, or whose client's first or last name, starts with {@code text}: case-
	 * and accent-insensitive ("nunez" finds "Núñez"); wildcards and SQL are taken as plain text. Code matches come
	 * first, then name matches by name.
	 */
	List<CaseSummary> quickSearch(String text, int limit);

	/** Counts of the cases the user sees, and the {@code recent} cases he changed last. */
	CaseOverview overview(int recent);

	/** The signed-in user's saved views, by name. */
	List<SavedView> savedViews();

	/** Saves a query under a name, replacing the user's view of that name. */
	SavedView saveView(String name, CaseQuery query);

	/** Deletes one of the user's saved views. */
	void deleteView(long viewId);
}
