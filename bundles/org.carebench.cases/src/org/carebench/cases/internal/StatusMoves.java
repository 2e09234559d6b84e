package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carebench.cases.CaseSettings;
import org.carebench.cases.ScheduledActivity;
import org.carebench.core.ActivityLog;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;

/**
 * What moving cases to another status writes, for one case or ten thousand: the case's row (status, closing time
 * and reason, last activity, version), its log entry, and, when the case closes, the cancelling of its timeline's
 * activities still to do unless its project keeps them (each cancelled one logged).
 */
final class StatusMoves {

	/** Cases per statement of the activity lookups: one statement text, compiled once. */
	private static final int IN_LIST = 100;

	/** A move decided for one case. */
	record Planned(long caseId, long projectId, StatusTransitions.Move move) {
	}

	private StatusMoves() {
	}

	/** Writes the moves as JDBC batches; returns the log entries to record for them, in order. */
	static List<ActivityLog.Entry> write(Connection connection, List<Planned> moves, Instant now) throws SQLException {
		Timestamp at = UtcInstantConverter.toTimestamp(now);
		List<ActivityLog.Entry> entries = new ArrayList<>(moves.size());
		List<Long> closing = new ArrayList<>();
		Map<Long, Boolean> cancelsByProject = new HashMap<>();
		try (PreparedStatement update = connection.prepareStatement("UPDATE care_case SET status = ?," //$NON-NLS-1$
				+ " closed_at = ?, closing_reason = ?, last_activity_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
			for (Planned planned : moves) {
				StatusTransitions.Move move = planned.move();
				String reason = move.reason() == null ? null : move.reason().code();
				Jdbc.bind(update, move.to().code(), move.to().closed() ? at : null, reason, at, planned.caseId());
				update.addBatch();
				entries.add(new ActivityLog.Entry(planned.caseId(), ActivityLog.STATUS_CHANGED, move.from().code(),
						move.to().code(), reason));
				if (move.to().closed() && !move.from().closed() && cancelsByProject
						.computeIfAbsent(planned.projectId(), project -> settings(connection, project)
								.cancelActivitiesOnClose())) {
					closing.add(planned.caseId());
				}
			}
			update.executeBatch();
		}
		entries.addAll(cancelOpenActivities(connection, closing, at));
		return entries;
	}

	/** A project's settings, or the defaults. */
	static CaseSettings settings(Connection connection, long projectId) {
		return Jdbc.first(connection, "SELECT cancel_activities_on_close FROM case_setting WHERE project_id = ?", //$NON-NLS-1$
				row -> new CaseSettings(row.getBoolean(1)), projectId).orElse(CaseSettings.DEFAULT);
	}

	private static List<ActivityLog.Entry> cancelOpenActivities(Connection connection, List<Long> caseIds,
			Timestamp at) throws SQLException {
		List<ActivityLog.Entry> entries = new ArrayList<>();
		List<Long> activityIds = new ArrayList<>();
		for (int start = 0; start < caseIds.size(); start += IN_LIST) {
			Object[] chunk = new Object[IN_LIST + 1];
			chunk[0] = ScheduledActivity.Status.SCHEDULED.name();
			for (int i = 0; i < IN_LIST; i++) {
				chunk[i + 1] = caseIds.get(Math.min(start + i, caseIds.size() - 1));
			}
			Jdbc.list(connection, "SELECT id, case_id, name FROM case_activity WHERE status = ? AND case_id IN (" //$NON-NLS-1$
					+ Jdbc.markers(IN_LIST) + ") ORDER BY case_id, due_date, id", row -> { //$NON-NLS-1$
						activityIds.add(row.getLong(1));
						entries.add(new ActivityLog.Entry(row.getLong(2), ActivityLog.ACTIVITY_CANCELLED, null, null,
								row.getString(3)));
						return null;
					}, chunk);
		}
		if (!activityIds.isEmpty()) {
			try (PreparedStatement cancel = connection
					.prepareStatement("UPDATE case_activity SET status = ?, cancelled_at = ? WHERE id = ?")) { //$NON-NLS-1$
				for (long id : activityIds) {
					Jdbc.bind(cancel, ScheduledActivity.Status.CANCELLED.name(), at, id);
					cancel.addBatch();
				}
				cancel.executeBatch();
			}
		}
		return entries;
	}
}
