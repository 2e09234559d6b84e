package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseCursor;
import org.carebench.cases.CasePage;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseSummary;
import org.carebench.core.UserAccess;
import org.carebench.core.model.UtcInstantConverter;

/**
 * The case list's reads, in SQL: they return projections of a million rows, where entities would only cost. The
 * filter of a {@link CaseQuery} is built here once, for pages and for id lists alike.
 */
final class CaseListSql {

	private final CaseQuery query;
	private final UserAccess user;
	private final Map<String, Integer> statusPositions;
	private final SearchRuleSql rules;
	/** Up to this many quick-search matches are listed by id; beyond, each row is tested (the text is broad). */
	static final int TEXT_MATCH_LIMIT = 2000;
	/** The cases the query's text matches, when they are few enough to list; else {@code null}. */
	private long[] textMatches;

	/**
	 * @param statusPositions the workflow position of each status code, for the status order (the statuses are
	 *                        per project; one order serves the list)
	 */
	CaseListSql(CaseQuery query, UserAccess user, Map<String, Integer> statusPositions, SearchRuleSql rules) {
		this.query = query;
		this.user = user;
		this.statusPositions = statusPositions;
		this.rules = rules;
	}

	/** Looks the query's text up once, before its statements are built. */
	private void findText(Connection connection) {
		if (query.text() != null && textMatches == null) {
			long[] matches = QuickSearch.find(connection, user, query.text(), TEXT_MATCH_LIMIT);
			textMatches = matches.length < TEXT_MATCH_LIMIT ? matches : null;
		}
	}

	private static final String COLUMNS = "SELECT c.id, c.code, cl.first_name, cl.last_name, cl.anonymous, c.status," //$NON-NLS-1$
			+ " c.assignee_id, u.display_name, t.name, c.project_id, c.opened_at, c.last_activity_at"; //$NON-NLS-1$
	private static final String ROW_SOURCE = " FROM care_case c JOIN client_profile cl ON cl.id = c.client_id" //$NON-NLS-1$
			+ " LEFT JOIN app_user u ON u.id = c.assignee_id LEFT JOIN team t ON t.id = c.team_id"; //$NON-NLS-1$
	private static final int IN_LIST_CHUNK = 100;
	/** Rows already filtered by what the user sees need no second check. */
	private static final UserAccess SYSTEM = new UserAccess(null, Map.of(), true);
	private static final String ROWS_BY_ID = COLUMNS + ROW_SOURCE + " WHERE c.id IN (" //$NON-NLS-1$
			+ String.join(",", java.util.Collections.nCopies(IN_LIST_CHUNK, "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Up to {@code limit} rows after {@code after}, and the cursor of the next page when there is one. */
	CasePage page(Connection connection, Optional<CaseCursor> after, int limit) throws SQLException {
		findText(connection);
		List<Object> parameters = new ArrayList<>();
		List<String> conditions = conditions(parameters);
		List<Long> ids = new ArrayList<>(limit + 1);
		List<Object> keys = new ArrayList<>(limit + 1);
		if (after.isPresent()) {
			// Two index ranges rather than "key <= k AND (key < k OR id < i)": with that one, Derby starts at the
			// first row of key k and rejects every row before the cursor one by one, thousands when an import or a
			// bulk change gave thousands of cases the same time. First the rest of the cursor's key, then beyond.
			String key = sortKey();
			String beyond = query.ascending() ? " > ?" : " < ?"; //$NON-NLS-1$ //$NON-NLS-2$
			List<String> sameKey = new ArrayList<>(conditions);
			List<Object> sameKeyParameters = new ArrayList<>(parameters);
			sameKey.add(key + " = ?"); //$NON-NLS-1$
			sameKeyParameters.add(after.get().sortKey());
			sameKey.add("c.id" + beyond); //$NON-NLS-1$
			sameKeyParameters.add(after.get().id());
			readIds(connection, sameKey, sameKeyParameters, limit + 1, ids, keys);
			conditions.add(key + beyond);
			parameters.add(after.get().sortKey());
		}
		if (ids.size() <= limit) {
			readIds(connection, conditions, parameters, limit + 1, ids, keys);
		}
		boolean more = ids.size() > limit;
		long[] pageIds = ids.stream().limit(limit).mapToLong(Long::longValue).toArray();
		List<CaseSummary> rows = summaries(connection, pageIds, SYSTEM);
		Optional<CaseCursor> next = more
				? Optional.of(new CaseCursor(keys.get(limit - 1), pageIds[limit - 1]))
				: Optional.empty();
		return new CasePage(rows, next);
	}

	/**
	 * Appends the ids (and sort keys) of matching cases in list order until {@code ids} holds {@code count}. They
	 * come from care_case alone: joined to other tables, Derby sorts every matching row (a million) before it keeps
	 * the first hundred; alone, it reads them from an index, in order.
	 */
	private void readIds(Connection connection, List<String> conditions, List<Object> parameters, int count,
			List<Long> ids, List<Object> keys) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT c.id, ").append(sortKey()).append(" FROM care_case c") //$NON-NLS-1$ //$NON-NLS-2$
				.append(sortJoin()).append(indexHint()).append(where(conditions)).append(orderBy())
				// a literal, not a parameter: Derby plans "first n rows" better when it knows n
				.append(" FETCH FIRST ").append(count).append(" ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
		try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
				ResultSet result = statement.executeQuery()) {
			while (ids.size() < count && result.next()) {
				ids.add(result.getLong(1));
				keys.add(result.getObject(2));
			}
		}
	}

	/** The ids of every matching case, in the query's order. */
	long[] ids(Connection connection) throws SQLException {
		findText(connection);
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT c.id FROM care_case c").append(sortJoin()) //$NON-NLS-1$
				.append(indexHint()).append(where(conditions(parameters))).append(orderBy());
		long[] ids = new long[1024];
		int count = 0;
		try (PreparedStatement statement = prepare(connection, sql.toString(), parameters)) {
			statement.setFetchSize(1000);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					if (count == ids.length) {
						ids = Arrays.copyOf(ids, ids.length * 2);
					}
					ids[count++] = result.getLong(1);
				}
			}
		}
		return Arrays.copyOf(ids, count);
	}

	/** The rows of {@code ids} the user sees, in that order; ids of deleted or hidden cases are skipped. */
	static List<CaseSummary> summaries(Connection connection, long[] ids, UserAccess user) throws SQLException {
		Map<Long, CaseSummary> found = new HashMap<>(ids.length * 2);
		List<Object> visibilityParameters = new ArrayList<>();
		List<String> visibility = new ArrayList<>();
		visibility(user, visibility, visibilityParameters);
		String sql = visibility.isEmpty() ? ROWS_BY_ID : ROWS_BY_ID + " AND " + String.join(" AND ", visibility); //$NON-NLS-1$ //$NON-NLS-2$
		for (int start = 0; start < ids.length; start += IN_LIST_CHUNK) {
			int end = Math.min(ids.length, start + IN_LIST_CHUNK);
			// always IN_LIST_CHUNK markers (the last id repeated): one statement text, compiled once by Derby
			List<Object> parameters = new ArrayList<>(IN_LIST_CHUNK + visibilityParameters.size());
			for (int i = 0; i < IN_LIST_CHUNK; i++) {
				parameters.add(ids[Math.min(start + i, end - 1)]);
			}
			parameters.addAll(visibilityParameters);
			try (PreparedStatement statement = prepare(connection, sql, parameters);
					ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					CaseSummary summary = summary(result);
					found.put(summary.id(), summary);
				}
			}
		}
		List<CaseSummary> ordered = new ArrayList<>(found.size());
		for (long id : ids) {
			CaseSummary summary = found.get(id);
			if (summary != null) {
				ordered.add(summary);
			}
		}
		return ordered;
	}

	/**
	 * What the user sees: cases of projects where his role lets him see cases, that belong to his organization,
	 * are shared across the network, or have him as a collaborator (see CaseAccessRules, which says the same for
	 * one case).
	 */
	static void visibility(UserAccess user, List<String> conditions, List<Object> parameters) {
		if (user.system()) {
			return;
		}
		List<Long> projects = user.visibleProjects().stream().sorted().toList();
		if (projects.isEmpty()) {
			conditions.add("1 = 0"); //$NON-NLS-1$
			return;
		}
		conditions.add("c.project_id IN (" + String.join(",", java.util.Collections.nCopies(projects.size(), "?")) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		parameters.addAll(projects);
		conditions.add("(c.organization_id = ? OR c.shared = TRUE OR EXISTS (SELECT 1 FROM case_collaborator cc" //$NON-NLS-1$
				+ " WHERE cc.case_id = c.id AND cc.user_id = ?))"); //$NON-NLS-1$
		parameters.add(user.user().organizationId());
		parameters.add(user.user().id());
	}

	/** The table holding the sort key, when it is not care_case. */
	private String sortJoin() {
		return query.sort() == CaseSort.CLIENT ? " JOIN client_profile cl ON cl.id = c.client_id" : ""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The index whose order is the list's order for these filters, named so that Derby reads it instead of sorting:
	 * its optimizer does not count on FETCH FIRST and often prefers a sort of every matching row. Only the
	 * newest-activity-first order has indexes (Derby cannot read an index backwards).
	 */
	private String indexHint() {
		if (query.sort() != CaseSort.LAST_ACTIVITY || query.ascending() || textMatches != null) {
			return ""; //$NON-NLS-1$
		}
		AssigneeFilter.Kind kind = query.assignee().kind();
		boolean byAssignee = kind == AssigneeFilter.Kind.USER || kind == AssigneeFilter.Kind.UNASSIGNED;
		String index;
		if (byAssignee && query.statusCode() != null) {
			index = "IX_CASE_STATUS_ASSIGNEE"; //$NON-NLS-1$
		} else if (byAssignee) {
			index = "IX_CASE_ASSIGNEE"; //$NON-NLS-1$
		} else if (query.projectId() != null) {
			index = "IX_CASE_PROJECT"; //$NON-NLS-1$
		} else {
			index = "IX_CASE_ACTIVITY"; //$NON-NLS-1$
		}
		return " --DERBY-PROPERTIES index=" + index + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The conditions of the query's filters and of what the user may see; their parameters are appended to
	 * {@code parameters}.
	 */
	private List<String> conditions(List<Object> parameters) {
		List<String> conditions = new ArrayList<>(6);
		visibility(user, conditions, parameters);
		if (query.statusCode() != null) {
			conditions.add("c.status = ?"); //$NON-NLS-1$
			parameters.add(query.statusCode());
		}
		switch (query.assignee().kind()) {
			case UNASSIGNED -> conditions.add("c.assignee_id IS NULL AND c.team_id IS NULL"); //$NON-NLS-1$
			case USER -> {
				conditions.add("c.assignee_id = ?"); //$NON-NLS-1$
				parameters.add(query.assignee().id());
			}
			case TEAM -> {
				conditions.add("c.team_id = ?"); //$NON-NLS-1$
				parameters.add(query.assignee().id());
			}
			case ANY -> {
				// no condition
			}
		}
		if (query.projectId() != null) {
			conditions.add("c.project_id = ?"); //$NON-NLS-1$
			parameters.add(query.projectId());
		}
		if (query.text() != null) {
			if (textMatches == null) {
				conditions.add(QuickSearch.condition(query.text(), parameters));
			} else if (textMatches.length == 0) {
				conditions.add("1 = 0"); //$NON-NLS-1$
			} else {
				// ids are numbers: written out, they cannot inject anything, and need no 2,000 markers
				StringBuilder in = new StringBuilder("c.id IN ("); //$NON-NLS-1$
				for (int i = 0; i < textMatches.length; i++) {
					in.append(i == 0 ? "" : ",").append(textMatches[i]); //$NON-NLS-1$ //$NON-NLS-2$
				}
				conditions.add(in.append(')').toString());
			}
		}
		rules.addConditions(query.rules(), query.matchAny(), conditions, parameters);
		return conditions;
	}

	private String sortKey() {
		return switch (query.sort()) {
			case LAST_ACTIVITY -> "c.last_activity_at"; //$NON-NLS-1$
			case OPENED -> "c.opened_at"; //$NON-NLS-1$
			case CODE -> "c.code"; //$NON-NLS-1$
			case CLIENT -> "COALESCE(cl.search_name, '')"; //$NON-NLS-1$
			case STATUS -> statusPosition();
		};
	}

	/**
	 * The workflow position of the case's status, written out as a CASE expression. (An outer join to the
	 * workflow tables would do, but Derby then drops rows from keyset pages.) Codes are [A-Z0-9_] by validation.
	 */
	private String statusPosition() {
		StringBuilder expression = new StringBuilder("CASE c.status"); //$NON-NLS-1$
		statusPositions.forEach((code, position) -> {
			if (!code.matches("[A-Z][A-Z0-9_]*")) { //$NON-NLS-1$
				throw new IllegalArgumentException("Not a status code: " + code); //$NON-NLS-1$
			}
			expression.append(" WHEN '").append(code).append("' THEN ").append(position); //$NON-NLS-1$ //$NON-NLS-2$
		});
		return expression.append(" ELSE ").append(Integer.MAX_VALUE).append(" END").toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String orderBy() {
		String direction = query.ascending() ? " ASC" : " DESC"; //$NON-NLS-1$ //$NON-NLS-2$
		return " ORDER BY " + sortKey() + direction + ", c.id" + direction; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			return statement;
		} catch (SQLException e) {
			statement.close();
			throw e;
		}
	}

	private static CaseSummary summary(ResultSet row) throws SQLException {
		boolean anonymous = row.getBoolean(5);
		String clientName = anonymous ? null : row.getString(3) + " " + row.getString(4); //$NON-NLS-1$
		long assignee = row.getLong(7);
		Long assigneeId = row.wasNull() ? null : assignee;
		return new CaseSummary(row.getLong(1), row.getString(2), clientName, row.getString(6), assigneeId,
				row.getString(8), row.getString(9), row.getLong(10), UtcInstantConverter.toInstant(row.getTimestamp(11)),
				UtcInstantConverter.toInstant(row.getTimestamp(12)));
	}
}
