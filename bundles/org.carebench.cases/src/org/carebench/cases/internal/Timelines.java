package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carebench.cases.CaseType;
import org.carebench.cases.ScheduledActivity;
import org.carebench.core.UserRef;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.UtcInstantConverter;

/** Case types and case activities, in SQL. */
final class Timelines {

	private Timelines() {
	}

	static Optional<CaseType> caseType(Connection connection, long caseTypeId) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT id, project_id, code, name FROM case_type WHERE id = ?")) { //$NON-NLS-1$
			select.setLong(1, caseTypeId);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? Optional.of(read(connection, row)) : Optional.empty();
			}
		}
	}

	static List<CaseType> caseTypes(Connection connection, long projectId) throws SQLException {
		List<CaseType> types = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id, project_id, code, name FROM case_type WHERE project_id = ? ORDER BY name")) { //$NON-NLS-1$
			select.setLong(1, projectId);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					types.add(read(connection, row));
				}
			}
		}
		return types;
	}

	private static CaseType read(Connection connection, ResultSet type) throws SQLException {
		long id = type.getLong(1);
		List<CaseType.Role> roles = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT code, name, filled_by_opener FROM case_type_role WHERE case_type_id = ? ORDER BY position")) { //$NON-NLS-1$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					roles.add(new CaseType.Role(row.getString(1), row.getString(2), row.getBoolean(3)));
				}
			}
		}
		List<CaseType.Activity> activities = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT code, name, offset_days, relative_to," //$NON-NLS-1$
				+ " role_code, done_at_opening FROM case_type_activity WHERE case_type_id = ? ORDER BY position")) { //$NON-NLS-1$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					activities.add(new CaseType.Activity(row.getString(1), row.getString(2), row.getInt(3),
							row.getString(4), row.getString(5), row.getBoolean(6)));
				}
			}
		}
		return new CaseType(id, type.getLong(2), type.getString(3), type.getString(4), List.copyOf(roles),
				List.copyOf(activities));
	}

	/** Saves a case type under its code in the project, replacing the one there; returns its id. */
	static long save(Connection connection, long projectId, CaseType type) throws SQLException {
		Long existing = null;
		try (PreparedStatement select = connection
				.prepareStatement("SELECT id FROM case_type WHERE project_id = ? AND code = ?")) { //$NON-NLS-1$
			select.setLong(1, projectId);
			select.setString(2, type.code());
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					existing = row.getLong(1);
				}
			}
		}
		long id;
		if (existing == null) {
			id = IdBlocks.reserve(connection, "case_type", 1); //$NON-NLS-1$
			update(connection, "INSERT INTO case_type (id, project_id, code, name) VALUES (?, ?, ?, ?)", id, //$NON-NLS-1$
					projectId, type.code(), type.name());
		} else {
			id = existing;
			update(connection, "UPDATE case_type SET name = ? WHERE id = ?", type.name(), id); //$NON-NLS-1$
			update(connection, "DELETE FROM case_type_role WHERE case_type_id = ?", id); //$NON-NLS-1$
			update(connection, "DELETE FROM case_type_activity WHERE case_type_id = ?", id); //$NON-NLS-1$
		}
		int position = 0;
		for (CaseType.Role role : type.roles()) {
			update(connection, "INSERT INTO case_type_role (case_type_id, code, name, position, filled_by_opener)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?, ?, ?)", id, role.code(), role.name(), position++, role.filledByOpener()); //$NON-NLS-1$
		}
		position = 0;
		for (CaseType.Activity activity : type.activities()) {
			update(connection, "INSERT INTO case_type_activity (case_type_id, code, name, offset_days, relative_to," //$NON-NLS-1$
					+ " role_code, position, done_at_opening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, activity.code(), //$NON-NLS-1$
					activity.name(), activity.offsetDays(), activity.relativeTo(), activity.roleCode(), position++,
					activity.doneAtOpening());
		}
		return id;
	}

	/**
	 * Schedules a new case's activities from its type: each due its offset after the opening day (in the agency's
	 * {@code zone}), or after the activity it follows, done by the holder of its role (else by the case's assignee).
	 * An activity that opening the case does is recorded as completed by {@code opener} at the opening.
	 */
	static List<ScheduledActivity> schedule(Connection connection, long caseId, String caseCode, CaseType type,
			Instant opened, ZoneId zone, Map<String, UserRef> roleHolders, UserRef assignee, Long openerId)
			throws SQLException {
		LocalDate openingDay = LocalDate.ofInstant(opened, zone);
		Map<String, LocalDate> dueByCode = new HashMap<>();
		List<ScheduledActivity> scheduled = new ArrayList<>();
		long id = IdBlocks.reserve(connection, "case_activity", Math.max(1, type.activities().size())); //$NON-NLS-1$
		for (CaseType.Activity activity : type.activities()) {
			LocalDate base = activity.relativeTo() == null ? openingDay : dueByCode.get(activity.relativeTo());
			LocalDate due = activity.doneAtOpening() ? openingDay : base.plusDays(activity.offsetDays());
			dueByCode.put(activity.code(), due);
			UserRef doer = activity.roleCode() != null && roleHolders.containsKey(activity.roleCode())
					? roleHolders.get(activity.roleCode())
					: assignee;
			ScheduledActivity.Status status = activity.doneAtOpening() ? ScheduledActivity.Status.COMPLETED
					: ScheduledActivity.Status.SCHEDULED;
			Instant completedAt = activity.doneAtOpening() ? opened : null;
			update(connection, "INSERT INTO case_activity (id, case_id, code, name, due_date, status, assignee_id," //$NON-NLS-1$
					+ " completed_at, completed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, caseId, activity.code(), //$NON-NLS-1$
					activity.name(), Date.valueOf(due), status.name(), doer == null ? null : doer.id(),
					completedAt == null ? null : UtcInstantConverter.toTimestamp(completedAt),
					activity.doneAtOpening() ? openerId : null);
			scheduled.add(new ScheduledActivity(id++, caseId, caseCode, activity.code(), activity.name(), due, status,
					doer, completedAt));
		}
		return scheduled;
	}

	/** Columns of {@link #activity(ResultSet, Map)}, from case_activity a joined to care_case c. */
	static final String ACTIVITY_COLUMNS = "SELECT a.id, a.case_id, c.code, a.code, a.name, a.due_date, a.status," //$NON-NLS-1$
			+ " a.assignee_id, a.completed_at FROM case_activity a JOIN care_case c ON c.id = a.case_id"; //$NON-NLS-1$

	static ScheduledActivity activity(ResultSet row, Map<Long, UserRef> users) throws SQLException {
		long assignee = row.getLong(8);
		UserRef doer = row.wasNull() ? null : users.get(assignee);
		return new ScheduledActivity(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
				row.getString(5), row.getDate(6).toLocalDate(), ScheduledActivity.Status.valueOf(row.getString(7)), doer,
				UtcInstantConverter.toInstant(row.getTimestamp(9)));
	}

	static void update(Connection connection, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					// Derby wants the column's type for a NULL
					statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
				} else {
					statement.setObject(i + 1, values[i]);
				}
			}
			statement.executeUpdate();
		}
	}
}
