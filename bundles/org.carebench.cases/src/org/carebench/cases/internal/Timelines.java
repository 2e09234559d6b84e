package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Date;
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
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;

/** Case types and case activities, in SQL. */
final class Timelines {

	private static final String TYPE_COLUMNS = "SELECT id, project_id, code, name FROM case_type"; //$NON-NLS-1$

	private Timelines() {
	}

	static Optional<CaseType> caseType(Connection connection, long caseTypeId) {
		return Jdbc.first(connection, TYPE_COLUMNS + " WHERE id = ?", row -> read(connection, row), caseTypeId); //$NON-NLS-1$
	}

	static List<CaseType> caseTypes(Connection connection, long projectId) {
		return Jdbc.list(connection, TYPE_COLUMNS + " WHERE project_id = ? ORDER BY name", row -> read(connection, row), //$NON-NLS-1$
				projectId);
	}

	private static CaseType read(Connection connection, ResultSet type) throws SQLException {
		long id = type.getLong(1);
		List<CaseType.Role> roles = Jdbc.list(connection,
				"SELECT code, name, filled_by_opener FROM case_type_role WHERE case_type_id = ? ORDER BY position", //$NON-NLS-1$
				row -> new CaseType.Role(row.getString(1), row.getString(2), row.getBoolean(3)), id);
		List<CaseType.Activity> activities = Jdbc.list(connection, "SELECT code, name, offset_days, relative_to," //$NON-NLS-1$
				+ " role_code, done_at_opening FROM case_type_activity WHERE case_type_id = ? ORDER BY position", //$NON-NLS-1$
				row -> new CaseType.Activity(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
						row.getString(5), row.getBoolean(6)),
				id);
		return new CaseType(id, type.getLong(2), type.getString(3), type.getString(4), roles, activities);
	}

	/** Saves a case type under its code in the project, replacing the one there; returns its id. */
	static long save(Connection connection, long projectId, CaseType type) {
		Long existing = Jdbc.first(connection, "SELECT id FROM case_type WHERE project_id = ? AND code = ?", //$NON-NLS-1$
				row -> row.getLong(1), projectId, type.code()).orElse(null);
		long id;
		if (existing == null) {
			id = Jdbc.reserveIds(connection, "case_type", 1); //$NON-NLS-1$
			Jdbc.update(connection, "INSERT INTO case_type (id, project_id, code, name) VALUES (?, ?, ?, ?)", id, //$NON-NLS-1$
					projectId, type.code(), type.name());
		} else {
			id = existing;
			Jdbc.update(connection, "UPDATE case_type SET name = ? WHERE id = ?", type.name(), id); //$NON-NLS-1$
			Jdbc.update(connection, "DELETE FROM case_type_role WHERE case_type_id = ?", id); //$NON-NLS-1$
			Jdbc.update(connection, "DELETE FROM case_type_activity WHERE case_type_id = ?", id); //$NON-NLS-1$
		}
		List<CaseType.Role> roles = type.roles();
		Jdbc.batch(connection, "INSERT INTO case_type_role (case_type_id, code, name, position, filled_by_opener)" //$NON-NLS-1$
				+ " VALUES (?, ?, ?, ?, ?)", roles, role -> new Object[] { id, role.code(), role.name(), //$NON-NLS-1$
						roles.indexOf(role), role.filledByOpener() });
		List<CaseType.Activity> activities = type.activities();
		Jdbc.batch(connection, "INSERT INTO case_type_activity (case_type_id, code, name, offset_days, relative_to," //$NON-NLS-1$
				+ " role_code, position, done_at_opening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", activities, //$NON-NLS-1$
				activity -> new Object[] { id, activity.code(), activity.name(), activity.offsetDays(),
						activity.relativeTo(), activity.roleCode(), activities.indexOf(activity),
						activity.doneAtOpening() });
		return id;
	}

	/**
	 * Schedules a new case's activities from its type: each due its offset after the opening day (in the agency's
	 * {@code zone}), or after the activity it follows, done by the holder of its role (else by the case's assignee).
	 * An activity that opening the case does is recorded as completed by {@code opener} at the opening.
	 */
	static List<ScheduledActivity> schedule(Connection connection, long caseId, String caseCode, CaseType type,
			Instant opened, ZoneId zone, Map<String, UserRef> roleHolders, UserRef assignee, Long openerId) {
		LocalDate openingDay = LocalDate.ofInstant(opened, zone);
		Map<String, LocalDate> dueByCode = new HashMap<>();
		List<ScheduledActivity> scheduled = new ArrayList<>();
		long id = Jdbc.reserveIds(connection, "case_activity", Math.max(1, type.activities().size())); //$NON-NLS-1$
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
			Jdbc.update(connection, "INSERT INTO case_activity (id, case_id, code, name, due_date, status, assignee_id," //$NON-NLS-1$
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
}
