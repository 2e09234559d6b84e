package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.SearchText;

/**
 * Finds cases by the start of their code or of their client's first or last name, accent- and case-insensitive
 * ("Nuñez" finds "Nunez"). Each of the three lookups reads an index range, so a search costs the same on a
 * million cases as on a hundred. What the user types is text: LIKE's wildcards are escaped.
 */
final class QuickSearch {

	private QuickSearch() {
	}

	/** A LIKE pattern matching what starts with {@code prefix}, its wildcards taken literally (ESCAPE '!'). */
	static String likePrefix(String prefix) {
		return SearchText.likePrefix(prefix);
	}

	/**
	 * The ids of up to {@code limit} cases the user sees whose code or client name starts with {@code text}: code
	 * matches first (by code), then name matches (by last name, then by first name).
	 */
	static long[] find(Connection connection, UserAccess user, String text, int limit) {
		String name = SearchText.fold(text);
		if (name == null || name.isEmpty()) {
			return new long[0];
		}
		Set<Long> found = new LinkedHashSet<>();
		List<Object> visibilityParameters = new ArrayList<>();
		List<String> visibility = new ArrayList<>();
		CaseListSql.visibility(user, visibility, visibilityParameters);
		String visible = visibility.isEmpty() ? "" : " AND " + String.join(" AND ", visibility); //$NON-NLS-1$ //$NON-NLS-2$

		String code = text.strip().toUpperCase(Locale.ROOT);
		found.addAll(ids(connection, "SELECT c.id FROM care_case c --DERBY-PROPERTIES constraint=UQ_CASE_CODE\n" //$NON-NLS-1$
				+ " WHERE c.code LIKE ? ESCAPE '!'" + visible + " ORDER BY c.code FETCH FIRST " + limit + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				likePrefix(code), visibilityParameters));
		for (String column : List.of("search_name", "search_first")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (found.size() >= limit) {
				break;
			}
			String index = column.equals("search_name") ? "IX_CLIENT_SEARCH" : "IX_CLIENT_SEARCH_FIRST"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			// clients first, by the name index, then their cases: Derby would otherwise start from the cases
			found.addAll(ids(connection, "SELECT c.id FROM --DERBY-PROPERTIES joinOrder=FIXED\n" //$NON-NLS-1$
					+ " client_profile cl --DERBY-PROPERTIES index=" + index + "\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ " JOIN care_case c ON c.client_id = cl.id WHERE cl." + column + " LIKE ? ESCAPE '!'" + visible //$NON-NLS-1$ //$NON-NLS-2$
					// by the name alone: the index gives that order, so Derby stops at the limit instead of sorting
					// every namesake (a tie-breaker column would make it sort them all)
					+ " ORDER BY cl." + column + " FETCH FIRST " + limit + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					likePrefix(name), visibilityParameters));
		}
		return found.stream().limit(limit).mapToLong(Long::longValue).toArray();
	}

	private static List<Long> ids(Connection connection, String sql, String pattern, List<Object> visibility) {
		Object[] parameters = new Object[visibility.size() + 1];
		parameters[0] = pattern;
		for (int i = 0; i < visibility.size(); i++) {
			parameters[i + 1] = visibility.get(i);
		}
		return Jdbc.list(connection, sql, row -> row.getLong(1), parameters);
	}

	/**
	 * The condition matching the text in the case list, where it combines with filters and any order: a case
	 * whose code, client last name or client first name starts with it.
	 */
	static String condition(String text, List<Object> parameters) {
		String name = SearchText.fold(text);
		parameters.add(likePrefix(text.strip().toUpperCase(Locale.ROOT)));
		parameters.add(likePrefix(name));
		parameters.add(likePrefix(name));
		return "(c.code LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM client_profile sc WHERE sc.id = c.client_id" //$NON-NLS-1$
				+ " AND (sc.search_name LIKE ? ESCAPE '!' OR sc.search_first LIKE ? ESCAPE '!')))"; //$NON-NLS-1$
	}
}
