package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.cases.Workflow.Transition;

/**
 * Reads and writes workflows (statuses, transitions, closing reasons, close rules) with SQL. Project 0 holds the
 * default workflow, used by projects without one of their own.
 */
final class Workflows {

	static final long DEFAULT = 0;

	private Workflows() {
	}

	/** The workflow {@code projectId} uses: its own, or the default one. */
	static Workflow of(Connection connection, long projectId) throws SQLException {
		long owner = hasOwn(connection, projectId) ? projectId : DEFAULT;
		List<CaseStatus> statuses = new ArrayList<>();
		try (PreparedStatement select = prepare(connection,
				"SELECT code, name, closed, position FROM workflow_status WHERE project_id = ? ORDER BY position, code", //$NON-NLS-1$
				owner); ResultSet row = select.executeQuery()) {
			while (row.next()) {
				statuses.add(new CaseStatus(row.getString(1), row.getString(2), row.getBoolean(3), row.getInt(4)));
			}
		}
		Set<Transition> transitions = new HashSet<>();
		try (PreparedStatement select = prepare(connection,
				"SELECT from_code, to_code FROM workflow_transition WHERE project_id = ?", owner); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			while (row.next()) {
				transitions.add(new Transition(row.getString(1), row.getString(2)));
			}
		}
		List<ClosingReason> reasons = new ArrayList<>();
		try (PreparedStatement select = prepare(connection,
				"SELECT code, name FROM closing_reason WHERE project_id = ? ORDER BY position, code", owner); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			while (row.next()) {
				reasons.add(new ClosingReason(row.getString(1), row.getString(2)));
			}
		}
		List<String> rules = new ArrayList<>();
		try (PreparedStatement select = prepare(connection,
				"SELECT rule_id FROM project_close_rule WHERE project_id = ? ORDER BY rule_id", projectId); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			while (row.next()) {
				rules.add(row.getString(1));
			}
		}
		List<Workflow.Translation> translations = new ArrayList<>();
		try (PreparedStatement select = prepare(connection,
				"SELECT kind, code, language, name FROM workflow_translation WHERE project_id = ?" //$NON-NLS-1$
						+ " ORDER BY kind, code, language", owner); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			while (row.next()) {
				translations.add(new Workflow.Translation(STATUS_KIND.equals(row.getString(1)) ? Workflow.Named.STATUS
						: Workflow.Named.CLOSING_REASON, row.getString(2), row.getString(3), row.getString(4)));
			}
		}
		return new Workflow(owner, List.copyOf(statuses), Set.copyOf(transitions), List.copyOf(reasons),
				List.copyOf(rules), translations);
	}

	/** The workflow of {@code projectId} named in the language of the workbench's user. */
	static Workflow localized(Connection connection, long projectId) throws SQLException {
		return of(connection, projectId).localized(language());
	}

	/** The user's language: the workbench runs in it (-nl), and services run in the workbench. */
	static String language() {
		return java.util.Locale.getDefault().getLanguage();
	}

	private static final String STATUS_KIND = "S"; //$NON-NLS-1$
	private static final String REASON_KIND = "R"; //$NON-NLS-1$

	/** The statuses of these projects' workflows, each code once (the first name and position seen). */
	static List<CaseStatus> statusesOf(Connection connection, Set<Long> projectIds) throws SQLException {
		Map<String, CaseStatus> byCode = new LinkedHashMap<>();
		Set<Long> owners = new HashSet<>();
		owners.add(DEFAULT);
		for (long project : projectIds) {
			if (hasOwn(connection, project)) {
				owners.add(project);
			}
		}
		for (long owner : owners) {
			localized(connection, owner).statuses().forEach(status -> byCode.putIfAbsent(status.code(), status));
		}
		return byCode.values().stream()
				.sorted(java.util.Comparator.comparingInt(CaseStatus::position).thenComparing(CaseStatus::code))
				.toList();
	}

	/** Replaces the workflow of {@code projectId} with {@code workflow}'s content. */
	static void define(Connection connection, long projectId, Workflow workflow) throws SQLException {
		for (String table : List.of("workflow_status", "workflow_transition", "closing_reason", "project_close_rule", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"workflow_translation")) { //$NON-NLS-1$
			try (PreparedStatement delete = prepare(connection, "DELETE FROM " + table + " WHERE project_id = ?", //$NON-NLS-1$ //$NON-NLS-2$
					projectId)) {
				delete.executeUpdate();
			}
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO workflow_status (project_id, code, name, closed, position) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			for (CaseStatus status : workflow.statuses()) {
				insert.setLong(1, projectId);
				insert.setString(2, status.code());
				insert.setString(3, status.name());
				insert.setBoolean(4, status.closed());
				insert.setInt(5, status.position());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO workflow_transition (project_id, from_code, to_code) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			for (Transition transition : workflow.transitions()) {
				insert.setLong(1, projectId);
				insert.setString(2, transition.from());
				insert.setString(3, transition.to());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO closing_reason (project_id, code, name, position) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
			int position = 0;
			for (ClosingReason reason : workflow.closingReasons()) {
				insert.setLong(1, projectId);
				insert.setString(2, reason.code());
				insert.setString(3, reason.name());
				insert.setInt(4, position += 10);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO project_close_rule (project_id, rule_id) VALUES (?, ?)")) { //$NON-NLS-1$
			for (String rule : workflow.closeRules()) {
				insert.setLong(1, projectId);
				insert.setString(2, rule);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO workflow_translation (project_id, kind, code, language, name) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			for (Workflow.Translation translation : workflow.translations()) {
				insert.setLong(1, projectId);
				insert.setString(2, translation.kind() == Workflow.Named.STATUS ? STATUS_KIND : REASON_KIND);
				insert.setString(3, translation.code());
				insert.setString(4, translation.language());
				insert.setString(5, translation.name());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** The statuses cases of the project are in now. */
	static Set<String> statusesInUse(Connection connection, long projectId) throws SQLException {
		Set<String> used = new HashSet<>();
		try (PreparedStatement select = prepare(connection,
				"SELECT DISTINCT status FROM care_case WHERE project_id = ?", projectId); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			while (row.next()) {
				used.add(row.getString(1));
			}
		}
		return used;
	}

	private static boolean hasOwn(Connection connection, long projectId) throws SQLException {
		if (projectId == DEFAULT) {
			return true;
		}
		try (PreparedStatement select = prepare(connection,
				"SELECT 1 FROM workflow_status WHERE project_id = ? FETCH FIRST 1 ROWS ONLY", projectId); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			return row.next();
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, long id) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.setLong(1, id);
		return statement;
	}
}
