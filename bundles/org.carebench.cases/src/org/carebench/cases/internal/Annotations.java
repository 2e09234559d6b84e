package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeValue;
import org.carebench.cases.CaseFlag;
import org.carebench.cases.FlagType;
import org.carebench.core.Actor;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;

/** Flag and attribute reads shared with the bulk operations and the import. */
final class Annotations {

	private Annotations() {
	}

	static List<FlagType> flagTypes(Connection connection, long projectId) {
		return Jdbc.list(connection, "SELECT code, name FROM flag_type WHERE project_id = " + ownOrDefault("flag_type") //$NON-NLS-1$ //$NON-NLS-2$
				+ " ORDER BY position", row -> new FlagType(row.getString(1), row.getString(2)), projectId, projectId); //$NON-NLS-1$
	}

	static FlagType flagType(Connection connection, long projectId, String code) {
		List<FlagType> types = flagTypes(connection, projectId);
		return types.stream().filter(t -> t.code().equals(code)).findFirst()
				.orElseThrow(() -> new ValidationException("flag", NLS.bind(Messages.Flag_unknownType, code, //$NON-NLS-1$
						String.join(", ", types.stream().map(FlagType::name).toList())))); //$NON-NLS-1$
	}

	/** "?" where the project's own rows are, or 0 (the defaults) when it has none; binds the id twice. */
	private static String ownOrDefault(String table) {
		return "(CASE WHEN EXISTS (SELECT 1 FROM " + table + " WHERE project_id = ?) THEN ? ELSE 0 END)"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static List<CaseFlag> flags(EntityManager em, long projectId, String condition, long id) {
		Map<String, FlagType> types = new LinkedHashMap<>();
		flagTypes(Jdbc.of(em), projectId).forEach(t -> types.put(t.code(), t));
		Map<Long, UserRef> users = new HashMap<>();
		return Jdbc.list(Jdbc.of(em), "SELECT f.id, f.case_id, f.flag_code, f.comment_text, f.added_by, f.added_at," //$NON-NLS-1$
				+ " f.resolved_by, f.resolved_at FROM case_flag f WHERE " + condition //$NON-NLS-1$
				+ " ORDER BY CASE WHEN f.resolved_at IS NULL THEN 0 ELSE 1 END, f.added_at DESC, f.id DESC", //$NON-NLS-1$
				row -> flag(em, row, types, users), id);
	}

	private static CaseFlag flag(EntityManager em, ResultSet row, Map<String, FlagType> types,
			Map<Long, UserRef> users) throws SQLException {
		String code = row.getString(3);
		Instant resolvedAt = UtcInstantConverter.toInstant(row.getTimestamp(8));
		return new CaseFlag(row.getLong(1), row.getLong(2), types.getOrDefault(code, new FlagType(code, code)),
				row.getString(4), actor(em, row, 5, users), UtcInstantConverter.toInstant(row.getTimestamp(6)),
				resolvedAt == null ? null : actor(em, row, 7, users), resolvedAt);
	}

	private static Actor actor(EntityManager em, ResultSet row, int column, Map<Long, UserRef> users)
			throws SQLException {
		long userId = row.getLong(column);
		if (row.wasNull()) {
			return Actor.system(Messages.Actor_system);
		}
		return Actor.of(users.computeIfAbsent(userId, id -> {
			UserAccount account = em.find(UserAccount.class, id);
			return account == null ? new UserRef(id, "?", "#" + id, 0) : account.toRef(); //$NON-NLS-1$ //$NON-NLS-2$
		}));
	}

	static List<AttributeDefinition> attributeDefinitions(Connection connection, long projectId) {
		return Jdbc.list(connection, "SELECT code, name, value_type FROM attribute_definition WHERE project_id = ?" //$NON-NLS-1$
				+ " ORDER BY position", row -> new AttributeDefinition(row.getString(1), row.getString(2), //$NON-NLS-1$
						AttributeDefinition.ValueType.valueOf(row.getString(3))), projectId);
	}

	static List<AttributeValue> attributes(Connection connection, long projectId, long caseId) {
		Map<String, String> values = new HashMap<>();
		Jdbc.list(connection, "SELECT code, text_value, number_value, date_value FROM case_attribute WHERE case_id = ?", //$NON-NLS-1$
				row -> {
					java.sql.Date date = row.getDate(4);
					values.put(row.getString(1), new AttributeValues.Stored(row.getString(2), row.getBigDecimal(3),
							date == null ? null : date.toLocalDate()).display());
					return null;
				}, caseId);
		return attributeDefinitions(connection, projectId).stream()
				.map(d -> new AttributeValue(d, values.get(d.code()))).toList();
	}

	/** Replaces (or with {@code null}, removes) a case's value of an attribute. */
	static void writeAttribute(Connection connection, long caseId, String code, AttributeValues.Stored stored) {
		Jdbc.update(connection, "DELETE FROM case_attribute WHERE case_id = ? AND code = ?", caseId, code); //$NON-NLS-1$
		if (stored != null) {
			Object[] columns = stored.columns();
			Jdbc.update(connection, "INSERT INTO case_attribute (case_id, code, text_value, number_value, date_value)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?, ?, ?)", caseId, code, columns[0], columns[1], columns[2]); //$NON-NLS-1$
		}
	}
}
