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

import org.carebench.cases.CaseCursor;
import org.carebench.cases.CasePage;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseSummary;
import org.carebench.core.model.UtcInstantConverter;

/**
 * The case list's reads, in SQL: they return projections of a million rows, where entities would only cost. The
 * filter of a {@link CaseQuery} is built here once, for pages and for id lists alike.
 */
final class CaseListSql {

	private static final String COLUMNS = "SELECT c.id, c.code, cl.first_name, cl.last_name, cl.anonymous, c.status," //$NON-NLS-1$
			+ " c.assignee_id, u.display_name, c.project_id, c.opened_at, c.last_activity_at"; //$NON-NLS-1$
	private static final String ROW_SOURCE = " FROM care_case c JOIN client_profile cl ON cl.id = c.client_id" //$NON-NLS-1$
			+ " LEFT JOIN app_user u ON u.id = c.assignee_id"; //$NON-NLS-1$
	private static final String STATUS_JOIN = " JOIN case_status st ON st.code = c.status"; //$NON-NLS-1$
	private static final int IN_LIST_CHUNK = 500;

	private CaseListSql() {
	}

	/** Up to {@code limit} rows after {@code after}, and the cursor of the next page when there is one. */
	static CasePage page(Connection connection, CaseQuery query, Optional<CaseCursor> after, int limit)
			throws SQLException {
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder(COLUMNS).append(", ").append(sortKey(query)).append(ROW_SOURCE); //$NON-NLS-1$
		if (query.sort() == CaseSort.STATUS) {
			sql.append(STATUS_JOIN);
		}
		List<String> conditions = conditions(query, parameters);
		if (after.isPresent()) {
			String key = sortKey(query);
			String beyond = query.ascending() ? " >" : " <"; //$NON-NLS-1$ //$NON-NLS-2$
			// "key <= k AND (key < k OR id < i)" gives Derby a start key for its index scan
			conditions.add(key + beyond + "= ? AND (" + key + beyond + " ? OR c.id" + beyond + " ?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			parameters.add(after.get().sortKey());
			parameters.add(after.get().sortKey());
			parameters.add(after.get().id());
		}
		sql.append(where(conditions)).append(orderBy(query)).append(" FETCH FIRST ? ROWS ONLY"); //$NON-NLS-1$
		parameters.add(limit + 1);
		List<CaseSummary> rows = new ArrayList<>(limit);
		Object lastKey = null;
		try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				if (rows.size() == limit) {
					CaseSummary last = rows.get(rows.size() - 1);
					return new CasePage(rows, Optional.of(new CaseCursor(lastKey, last.id())));
				}
				rows.add(summary(result));
				lastKey = result.getObject(12);
			}
		}
		return new CasePage(rows, Optional.empty());
	}

	/** The ids of every matching case, in the query's order. */
	static long[] ids(Connection connection, CaseQuery query) throws SQLException {
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT c.id FROM care_case c"); //$NON-NLS-1$
		switch (query.sort()) {
			case CLIENT -> sql.append(" JOIN client_profile cl ON cl.id = c.client_id"); //$NON-NLS-1$
			case STATUS -> sql.append(STATUS_JOIN);
			default -> {
				// the sort key is a column of care_case
			}
		}
		sql.append(where(conditions(query, parameters))).append(orderBy(query));
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

	/** The rows of {@code ids}, in that order; ids of deleted cases are skipped. */
	static List<CaseSummary> summaries(Connection connection, long[] ids) throws SQLException {
		Map<Long, CaseSummary> found = new HashMap<>(ids.length * 2);
		for (int start = 0; start < ids.length; start += IN_LIST_CHUNK) {
			int end = Math.min(ids.length, start + IN_LIST_CHUNK);
			StringBuilder sql = new StringBuilder(COLUMNS).append(ROW_SOURCE).append(" WHERE c.id IN ("); //$NON-NLS-1$
			List<Object> parameters = new ArrayList<>(end - start);
			for (int i = start; i < end; i++) {
				sql.append(i == start ? "?" : ",?"); //$NON-NLS-1$ //$NON-NLS-2$
				parameters.add(ids[i]);
			}
			sql.append(')');
			try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
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

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The conditions of the query's filters; their parameters are appended to {@code parameters}. */
	private static List<String> conditions(CaseQuery query, List<Object> parameters) {
		List<String> conditions = new ArrayList<>(4);
		if (query.statusCode() != null) {
			conditions.add("c.status = ?"); //$NON-NLS-1$
			parameters.add(query.statusCode());
		}
		switch (query.assignee().kind()) {
			case UNASSIGNED -> conditions.add("c.assignee_id IS NULL"); //$NON-NLS-1$
			case USER -> {
				conditions.add("c.assignee_id = ?"); //$NON-NLS-1$
				parameters.add(query.assignee().userId());
			}
			case ANY -> {
				// no condition
			}
		}
		if (query.projectId() != null) {
			conditions.add("c.project_id = ?"); //$NON-NLS-1$
			parameters.add(query.projectId());
		}
		return conditions;
	}

	private static String sortKey(CaseQuery query) {
		return switch (query.sort()) {
			case LAST_ACTIVITY -> "c.last_activity_at"; //$NON-NLS-1$
			case OPENED -> "c.opened_at"; //$NON-NLS-1$
			case CODE -> "c.code"; //$NON-NLS-1$
			case CLIENT -> "COALESCE(cl.search_name, '')"; //$NON-NLS-1$
			case STATUS -> "st.position"; //$NON-NLS-1$
		};
	}

	private static String orderBy(CaseQuery query) {
		String direction = query.ascending() ? " ASC" : " DESC"; //$NON-NLS-1$ //$NON-NLS-2$
		return " ORDER BY " + sortKey(query) + direction + ", c.id" + direction; //$NON-NLS-1$ //$NON-NLS-2$
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
				row.getString(8), row.getLong(9), UtcInstantConverter.toInstant(row.getTimestamp(10)),
				UtcInstantConverter.toInstant(row.getTimestamp(11)));
	}
}
