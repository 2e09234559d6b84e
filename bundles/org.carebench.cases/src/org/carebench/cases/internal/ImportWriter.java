package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeValue;
import org.carebench.cases.CaseCodes;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.Workflow;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.ServiceContext;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the valid rows of an import, a batch at a time, with plain JDBC: new clients and cases with their
 * attributes, attribute changes of existing cases, and their activity-log entries, in one unit of work per batch.
 */
final class ImportWriter {

	private static final int IN_LIST = 100;
	/** Row keys looked for in one query (one statement shape, so that Derby compiles it once). */
	private static final int KEYS_PER_QUERY = 500;

	/** What every batch of one import needs to know. */
	record Target(long projectId, String projectCode, long networkId, long organizationId, Workflow workflow,
			List<AttributeDefinition> attributes, String fileName) {
	}

	private final ServiceContext context;

	ImportWriter(ServiceContext context) {
		this.context = context;
	}

	/** Resolves the batch's case codes, then (when writing) saves its rows; empties the lists. */
	void flush(Target target, UserAccess user, Actor actor, List<ImportRows.NewCaseRow> newCases,
			List<ImportRows.AttributeRow> updates, boolean write, ImportTally tally) {
		if (newCases.isEmpty() && updates.isEmpty()) {
			return;
		}
		List<ImportRows.NewCaseRow> batch = List.copyOf(newCases);
		List<ImportRows.AttributeRow> changed = List.copyOf(updates);
		newCases.clear();
		updates.clear();
		Work work = write ? context::write : context::read;
		work.run(em -> {
			Connection connection = Jdbc.of(em);
			List<ImportRows.NewCaseRow> created = batch;
			Map<String, CaseRow> existing = existingCases(connection, changed);
			List<ImportRows.AttributeRow> applicable = new ArrayList<>();
			for (ImportRows.AttributeRow row : changed) {
				CaseRow found = existing.get(row.caseCode());
				if (found == null || found.projectId() != target.projectId() || !CaseAccessRules.visible(user,
						found.projectId(), found.organizationId(), found.shared(), false)) {
					tally.add(new ImportProblem(row.line(), ImportRows.CASE_CODE,
							NLS.bind(Messages.Import_unknownCase, row.caseCode())));
				} else {
					applicable.add(row);
				}
			}
			created = notImportedBefore(connection, target, created, tally);
			tally.valid += created.size() + applicable.size();
			if (write) {
				try {
					List<ActivityLog.Entry> opened = new ArrayList<>();
					insertCases(connection, target, created, opened);
					context.activityLog().recordFirst(em, actor, opened);
					List<ActivityLog.Entry> changes = new ArrayList<>();
					updateAttributes(connection, target, applicable, existing, changes);
					context.activityLog().recordAll(em, actor, changes);
				} catch (SQLException e) {
					throw new IllegalStateException("Import failed", e); //$NON-NLS-1$
				}
				tally.created += created.size();
				tally.updated += applicable.size();
			}
			return null;
		});
	}

	/** A read-only or a writing unit of work, chosen once. */
	private interface Work {
		Object run(Transactions.Work<Object> work);
	}

	private record CaseRow(long id, long projectId, long organizationId, boolean shared) {
	}

	/**
	 * The rows of {@code rows} that no import made a case of yet (this file imported before, or a row twice in one
	 * batch); the others are reported with the case they made.
	 */
	private static List<ImportRows.NewCaseRow> notImportedBefore(Connection connection, Target target,
			List<ImportRows.NewCaseRow> rows, ImportTally tally) {
		Map<String, String> madeBefore = new HashMap<>();
		List<String> keys = rows.stream().map(ImportRows.NewCaseRow::key).distinct().toList();
		for (int start = 0; start < keys.size(); start += KEYS_PER_QUERY) {
			Object[] chunk = new Object[KEYS_PER_QUERY + 1];
			chunk[0] = target.projectId();
			for (int i = 0; i < KEYS_PER_QUERY; i++) {
				chunk[i + 1] = keys.get(Math.min(start + i, keys.size() - 1));
			}
			Jdbc.list(connection, "SELECT i.row_key, c.code FROM imported_row i JOIN care_case c ON c.id = i.case_id" //$NON-NLS-1$
					+ " WHERE i.project_id = ? AND i.row_key IN (" + Jdbc.markers(KEYS_PER_QUERY) + ")", //$NON-NLS-1$ //$NON-NLS-2$
					row -> madeBefore.put(row.getString(1), row.getString(2)), chunk);
		}
		Map<String, Long> inBatch = new HashMap<>();
		List<ImportRows.NewCaseRow> fresh = new ArrayList<>(rows.size());
		for (ImportRows.NewCaseRow row : rows) {
			if (madeBefore.containsKey(row.key())) {
				tally.add(new ImportProblem(row.line(), null,
						NLS.bind(Messages.Import_alreadyImported, madeBefore.get(row.key()))));
			} else if (inBatch.putIfAbsent(row.key(), row.line()) != null) {
				tally.add(new ImportProblem(row.line(), null, NLS.bind(Messages.Import_sameRow, inBatch.get(row.key()))));
			} else {
				fresh.add(row);
			}
		}
		return fresh;
	}

	private static Map<String, CaseRow> existingCases(Connection connection, List<ImportRows.AttributeRow> rows) {
		Map<String, CaseRow> found = new HashMap<>();
		List<String> codes = rows.stream().map(ImportRows.AttributeRow::caseCode).distinct().toList();
		for (int start = 0; start < codes.size(); start += IN_LIST) {
			Object[] chunk = new Object[IN_LIST];
			for (int i = 0; i < IN_LIST; i++) {
				chunk[i] = codes.get(Math.min(start + i, codes.size() - 1));
			}
			Jdbc.list(connection, "SELECT code, id, project_id, organization_id, shared FROM care_case WHERE code IN (" //$NON-NLS-1$
					+ Jdbc.markers(IN_LIST) + ")", row -> found.put(row.getString(1), //$NON-NLS-1$
							new CaseRow(row.getLong(2), row.getLong(3), row.getLong(4), row.getBoolean(5))),
					chunk);
		}
		return found;
	}

	private void insertCases(Connection connection, Target target, List<ImportRows.NewCaseRow> rows,
			List<ActivityLog.Entry> entries) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		long clientId = Jdbc.reserveIds(connection, "client_profile", rows.size()); //$NON-NLS-1$
		long caseId = Jdbc.reserveIds(connection, "care_case", rows.size()); //$NON-NLS-1$
		Timestamp now = UtcInstantConverter.toTimestamp(context.now());
		try (PreparedStatement clients = connection.prepareStatement("INSERT INTO client_profile (id, network_id," //$NON-NLS-1$
				+ " first_name, last_name, anonymous, birth_date, search_name, search_first) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement cases = connection.prepareStatement("INSERT INTO care_case (id, code, client_id," //$NON-NLS-1$
						+ " project_id, organization_id, status, assignee_id, opened_at, closed_at, closing_reason," //$NON-NLS-1$
						+ " last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement attributes = connection.prepareStatement("INSERT INTO case_attribute (case_id, code," //$NON-NLS-1$
						+ " text_value, number_value, date_value) VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement imported = connection.prepareStatement(
						"INSERT INTO imported_row (project_id, row_key, case_id) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			boolean anyAttribute = false;
			for (ImportRows.NewCaseRow row : rows) {
				Jdbc.bind(clients, clientId, target.networkId(), row.firstName(), row.lastName(), row.anonymous(),
						row.birthDate() == null ? null : Date.valueOf(row.birthDate()),
						row.anonymous() ? null : SearchText.nameKey(row.firstName(), row.lastName()),
						row.anonymous() ? null : SearchText.firstNameKey(row.firstName(), row.lastName()));
				clients.addBatch();
				String code = CaseCodes.of(target.projectCode(), caseId);
				Timestamp opened = row.openedAt() == null ? now : UtcInstantConverter.toTimestamp(row.openedAt());
				Timestamp closed = !row.status().closed() ? null
						: row.closedAt() == null ? now : UtcInstantConverter.toTimestamp(row.closedAt());
				Jdbc.bind(cases, caseId, code, clientId, target.projectId(), target.organizationId(),
						row.status().code(), row.assignee() == null ? null : row.assignee().id(), opened, closed,
						row.reason() == null ? null : row.reason().code(), now);
				cases.addBatch();
				Jdbc.bind(imported, target.projectId(), row.key(), caseId);
				imported.addBatch();
				for (Map.Entry<String, AttributeValues.Stored> value : row.attributes().entrySet()) {
					if (value.getValue() != null) {
						Object[] columns = value.getValue().columns();
						Jdbc.bind(attributes, caseId, value.getKey(), columns[0], columns[1], columns[2]);
						attributes.addBatch();
						anyAttribute = true;
					}
				}
				entries.add(new ActivityLog.Entry(caseId, ActivityLog.CASE_IMPORTED, null, code,
						target.fileName() + ":" + row.line())); //$NON-NLS-1$
				clientId++;
				caseId++;
			}
			clients.executeBatch();
			cases.executeBatch();
			imported.executeBatch();
			if (anyAttribute) {
				attributes.executeBatch();
			}
		}
	}

	private void updateAttributes(Connection connection, Target target, List<ImportRows.AttributeRow> rows,
			Map<String, CaseRow> cases, List<ActivityLog.Entry> entries) {
		Timestamp now = UtcInstantConverter.toTimestamp(context.now());
		for (ImportRows.AttributeRow row : rows) {
			long caseId = cases.get(row.caseCode()).id();
			Map<String, AttributeValue> before = new HashMap<>();
			Annotations.attributes(connection, target.projectId(), caseId)
					.forEach(value -> before.put(value.definition().code(), value));
			boolean touched = false;
			for (Map.Entry<String, AttributeValues.Stored> value : row.attributes().entrySet()) {
				AttributeValue old = before.get(value.getKey());
				String after = value.getValue() == null ? null : value.getValue().display();
				if (!Objects.equals(old.value(), after)) {
					Annotations.writeAttribute(connection, caseId, value.getKey(), value.getValue());
					entries.add(new ActivityLog.Entry(caseId, ActivityLog.ATTRIBUTE_CHANGED, old.value(), after,
							old.definition().name()));
					touched = true;
				}
			}
			if (touched) {
				Jdbc.update(connection, "UPDATE care_case SET last_activity_at = ?, version = version + 1 WHERE id = ?", //$NON-NLS-1$
						now, caseId);
			}
		}
	}
}
