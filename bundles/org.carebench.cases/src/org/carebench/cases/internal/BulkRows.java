package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;

/** What bulk changes read of a batch of cases, a hundred ids per statement. */
final class BulkRows {

	/** Ids per IN list: always this many (the last one repeated), so that one statement text is compiled once. */
	private static final int IN_LIST = 100;

	/** A case as a bulk change reads it. */
	record Row(long id, String code, long projectId, long organizationId, String status, boolean shared,
			Long assigneeId, boolean collaborator) {
	}

	private BulkRows() {
	}

	/** The batch's cases, by id; whether the user collaborates on each. */
	static Map<Long, Row> read(Connection connection, long[] ids, UserAccess user) throws SQLException {
		Map<Long, Row> rows = new HashMap<>(ids.length * 2);
		Set<Long> collaborating = new HashSet<>();
		for (int start = 0; start < ids.length; start += IN_LIST) {
			Object[] chunk = chunk(ids, start);
			if (!user.system()) {
				Object[] parameters = new Object[IN_LIST + 1];
				parameters[0] = user.user().id();
				System.arraycopy(chunk, 0, parameters, 1, IN_LIST);
				collaborating.addAll(Jdbc.list(connection, "SELECT case_id FROM case_collaborator WHERE user_id = ?" //$NON-NLS-1$
						+ " AND case_id IN (" + Jdbc.markers(IN_LIST) + ")", row -> row.getLong(1), parameters)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Jdbc.list(connection, "SELECT id, code, project_id, organization_id, status, shared, assignee_id FROM care_case" //$NON-NLS-1$
					+ " WHERE id IN (" + Jdbc.markers(IN_LIST) + ")", row -> { //$NON-NLS-1$ //$NON-NLS-2$
						long id = row.getLong(1);
						long assignee = row.getLong(7);
						Long assigneeId = row.wasNull() ? null : assignee;
						rows.put(id, new Row(id, row.getString(2), row.getLong(3), row.getLong(4), row.getString(5),
								row.getBoolean(6), assigneeId, collaborating.contains(id)));
						return null;
					}, chunk);
		}
		return rows;
	}

	/** The cases of {@code ids} with an open flag of {@code flagCode}. */
	static Set<Long> openFlags(Connection connection, long[] ids, String flagCode) {
		Set<Long> flagged = new HashSet<>();
		for (int start = 0; start < ids.length; start += IN_LIST) {
			Object[] parameters = new Object[IN_LIST + 1];
			parameters[0] = flagCode;
			System.arraycopy(chunk(ids, start), 0, parameters, 1, IN_LIST);
			flagged.addAll(Jdbc.list(connection, "SELECT case_id FROM case_flag WHERE flag_code = ?" //$NON-NLS-1$
					+ " AND resolved_at IS NULL AND case_id IN (" + Jdbc.markers(IN_LIST) + ")", //$NON-NLS-1$ //$NON-NLS-2$
					row -> row.getLong(1), parameters));
		}
		return flagged;
	}

	private static Object[] chunk(long[] ids, int start) {
		Object[] chunk = new Object[IN_LIST];
		int end = Math.min(ids.length, start + IN_LIST);
		for (int i = 0; i < IN_LIST; i++) {
			chunk[i] = ids[Math.min(start + i, end - 1)];
		}
		return chunk;
	}
}
