package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.cases.Workflow.Transition;
import org.carebench.core.model.Jdbc;

/**
 * Reads and writes workflows (statuses, transitions, closing reasons, close rules, translated names) with SQL.
 * Project 0 holds the default workflow, used by projects without one of their own.
 */
final class Workflows {

	static final long DEFAULT = 0;
	private static final String STATUS_KIND = "S"; //$NON-NLS-1$
	private static final String REASON_KIND = "R"; //$NON-NLS-1$

	private Workflows() {
	}

	/** The workflow {@code projectId} uses, its own or the default one, with names as defined. */
	static Workflow of(Connection connection, long projectId) {
		long owner = hasOwn(connection, projectId) ? projectId : DEFAULT;
		List<CaseStatus> statuses = Jdbc.list(connection,
				"SELECT code, name, closed, position FROM workflow_status WHERE project_id = ? ORDER BY position, code", //$NON-NLS-1$
				row -> new CaseStatus(row.getString(1), row.getString(2), row.getBoolean(3), row.getInt(4)), owner);
		List<Transition> transitions = Jdbc.list(connection,
				"SELECT from_code, to_code FROM workflow_transition WHERE project_id = ?", //$NON-NLS-1$
				row -> new Transition(row.getString(1), row.getString(2)), owner);
		List<ClosingReason> reasons = Jdbc.list(connection,
				"SELECT code, name FROM closing_reason WHERE project_id = ? ORDER BY position, code", //$NON-NLS-1$
				row -> new ClosingReason(row.getString(1), row.getString(2)), owner);
		List<String> rules = Jdbc.list(connection,
				"SELECT rule_id FROM project_close_rule WHERE project_id = ? ORDER BY rule_id", //$NON-NLS-1$
				row -> row.getString(1), projectId);
		List<Workflow.Translation> translations = Jdbc.list(connection,
				"SELECT kind, code, language, name FROM workflow_translation WHERE project_id = ?" //$NON-NLS-1$
						+ " ORDER BY kind, code, language", //$NON-NLS-1$
				row -> new Workflow.Translation(STATUS_KIND.equals(row.getString(1)) ? Workflow.Named.STATUS
						: Workflow.Named.CLOSING_REASON, row.getString(2), row.getString(3), row.getString(4)),
				owner);
		return new Workflow(owner, statuses, Set.copyOf(transitions), reasons, rules, translations);
	}

	/** The workflow of {@code projectId} named in the language of the workbench's user. */
	static Workflow localized(Connection connection, long projectId) {
		return of(connection, projectId).localized(language());
	}

	/** The user's language: the workbench runs in it (-nl), and services run in the workbench. */
	static String language() {
		return java.util.Locale.getDefault().getLanguage();
	}

	/** The statuses of these projects' workflows, each code once (the first name and position seen). */
	static List<CaseStatus> statusesOf(Connection connection, Set<Long> projectIds) {
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
	static void define(Connection connection, long projectId, Workflow workflow) {
		for (String table : List.of("workflow_status", "workflow_transition", "closing_reason", "project_close_rule", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"workflow_translation")) { //$NON-NLS-1$
			Jdbc.update(connection, "DELETE FROM " + table + " WHERE project_id = ?", projectId); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Jdbc.batch(connection, "INSERT INTO workflow_status (project_id, code, name, closed, position) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
				workflow.statuses(),
				status -> new Object[] { projectId, status.code(), status.name(), status.closed(), status.position() });
		Jdbc.batch(connection, "INSERT INTO workflow_transition (project_id, from_code, to_code) VALUES (?, ?, ?)", //$NON-NLS-1$
				workflow.transitions(), transition -> new Object[] { projectId, transition.from(), transition.to() });
		List<ClosingReason> reasons = workflow.closingReasons();
		Jdbc.batch(connection, "INSERT INTO closing_reason (project_id, code, name, position) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
				reasons, reason -> new Object[] { projectId, reason.code(), reason.name(),
						10 * (reasons.indexOf(reason) + 1) });
		Jdbc.batch(connection, "INSERT INTO project_close_rule (project_id, rule_id) VALUES (?, ?)", //$NON-NLS-1$
				workflow.closeRules(), rule -> new Object[] { projectId, rule });
		Jdbc.batch(connection,
				"INSERT INTO workflow_translation (project_id, kind, code, language, name) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
				workflow.translations(), translation -> new Object[] { projectId,
						translation.kind() == Workflow.Named.STATUS ? STATUS_KIND : REASON_KIND, translation.code(),
						translation.language(), translation.name() });
	}

	/** The statuses cases of the project are in now. */
	static Set<String> statusesInUse(Connection connection, long projectId) {
		return new HashSet<>(Jdbc.list(connection, "SELECT DISTINCT status FROM care_case WHERE project_id = ?", //$NON-NLS-1$
				row -> row.getString(1), projectId));
	}

	private static boolean hasOwn(Connection connection, long projectId) {
		return projectId == DEFAULT || Jdbc.first(connection,
				"SELECT 1 FROM workflow_status WHERE project_id = ? FETCH FIRST 1 ROWS ONLY", row -> Boolean.TRUE, //$NON-NLS-1$
				projectId).isPresent();
	}
}
