package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carebench.cases.ReportScope;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps one scope per user: the (project, organization) pairs whose cases he sees whole, and the projects where
 * he also sees shared cases and those he collaborates on (the rule of {@link CaseAccessRules}, as rows the views
 * join). A scope is rewritten only when the user's access changed. Entering also folds the case tally's recent
 * changes into its counts once they are many.
 */
@Component(service = ReportScope.class)
public class ReportScopeImpl implements ReportScope {

	/** Change rows the views may sum on every read before they are folded into the tally. */
	static final int TALLY_CHANGES_KEPT = 5_000;

	private static final String SCHEMA_PREFIX = "CB_SCOPE_"; //$NON-NLS-1$
	static final String SYSTEM_SCHEMA = SCHEMA_PREFIX + "SYSTEM"; //$NON-NLS-1$

	private final ServiceContext context;

	@Activate
	public ReportScopeImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public Entered enter(Connection connection) {
		UserAccess user = context.user();
		String schema = user.system() ? SYSTEM_SCHEMA : schemaOf(user.user().id());
		Scope wanted = user.system() ? everything() : Scope.of(user);
		context.write(em -> {
			Connection writing = Jdbc.of(em);
			foldTallyChanges(writing, TALLY_CHANGES_KEPT);
			refresh(writing, schema, user.system() ? 0L : user.user().id(), wanted, Workflows.language());
			return null;
		});
		try {
			String previous = connection.getSchema();
			connection.setSchema(schema);
			return new Entered() {
				@Override
				public String schema() {
					return schema;
				}

				@Override
				public void close() {
					try {
						connection.setSchema(previous);
					} catch (SQLException e) {
						throw new IllegalStateException(e);
					}
				}
			};
		} catch (SQLException e) {
			throw new IllegalStateException("cannot enter report scope " + schema, e); //$NON-NLS-1$
		}
	}

	@Override
	public void foldCounts() {
		context.write(em -> {
			foldTallyChanges(Jdbc.of(em), 0);
			return null;
		});
	}

	/** What a user sees: pairs of his projects with his organization; shared and collaborated cases of them. */
	private record Scope(Set<List<Long>> units, Set<Long> projects) {
		static Scope of(UserAccess user) {
			Set<List<Long>> units = new HashSet<>();
			for (long project : user.visibleProjects()) {
				units.add(List.of(project, user.user().organizationId()));
			}
			return new Scope(units, Set.copyOf(user.visibleProjects()));
		}
	}

	/** The system sees every case: every project with every organization. */
	private Scope everything() {
		return context.query(connection -> new Scope(
				new HashSet<>(Jdbc.list(connection, "SELECT p.id, o.id FROM project p, organization o", //$NON-NLS-1$
						row -> List.of(row.getLong(1), row.getLong(2)))),
				Set.of()));
	}

	/** Rewrites the scope's rows when the user's access or language changed since they were written. */
	private void refresh(Connection connection, String schema, long userId, Scope wanted, String language) {
		Set<List<Long>> units = new HashSet<>(Jdbc.list(connection,
				"SELECT project_id, organization_id FROM report_scope_unit WHERE scope_schema = ?", //$NON-NLS-1$
				row -> List.of(row.getLong(1), row.getLong(2)), schema));
		Set<Long> projects = new HashSet<>(Jdbc.list(connection,
				"SELECT project_id FROM report_scope_project WHERE scope_schema = ?", row -> row.getLong(1), schema)); //$NON-NLS-1$
		boolean known = Jdbc.first(connection, "SELECT 1 FROM report_scope WHERE scope_schema = ? AND language = ?", //$NON-NLS-1$
				row -> true, schema, language).isPresent();
		if (known && units.equals(wanted.units()) && projects.equals(wanted.projects())) {
			return;
		}
		ensureSchema(connection, schema, Jdbc.list(connection, "SELECT schemaname FROM sys.sysschemas WHERE schemaname = ?", //$NON-NLS-1$
				row -> row.getString(1), schema));
		Jdbc.update(connection, "DELETE FROM report_scope_unit WHERE scope_schema = ?", schema); //$NON-NLS-1$
		Jdbc.update(connection, "DELETE FROM report_scope_project WHERE scope_schema = ?", schema); //$NON-NLS-1$
		Jdbc.update(connection, "DELETE FROM report_scope WHERE scope_schema = ?", schema); //$NON-NLS-1$
		Jdbc.update(connection, "INSERT INTO report_scope (scope_schema, user_id, refreshed_at, language)" //$NON-NLS-1$
				+ " VALUES (?, ?, ?, ?)", schema, userId, Timestamp.from(context.now()), language); //$NON-NLS-1$
		for (List<Long> unit : wanted.units()) {
			Jdbc.update(connection, "INSERT INTO report_scope_unit (scope_schema, project_id, organization_id)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?)", schema, unit.get(0), unit.get(1)); //$NON-NLS-1$
		}
		for (long project : wanted.projects()) {
			Jdbc.update(connection, "INSERT INTO report_scope_project (scope_schema, project_id) VALUES (?, ?)", //$NON-NLS-1$
					schema, project);
		}
	}

	/** The schema naming the scope of user {@code userId}. */
	static String schemaOf(long userId) {
		return SCHEMA_PREFIX + userId;
	}

	/**
	 * Creates {@code schema} unless {@code existing} names it. The schema holds nothing: it only names the scope as
	 * the connection's current schema. On a secured server the owner made it (see {@link CasesSchema}).
	 */
	static void ensureSchema(Connection connection, String schema, List<String> existing) {
		if (!existing.contains(schema)) {
			Jdbc.update(connection, "CREATE SCHEMA " + schema); //$NON-NLS-1$
		}
	}

	/**
	 * Adds the tally's change rows into its counts and removes them, under a table lock so that two workstations
	 * never fold the same rows twice.
	 */
	public static void foldTallyChanges(Connection connection, int kept) {
		long changes = Jdbc.first(connection, "SELECT COUNT(*) FROM case_tally_change", row -> row.getLong(1)) //$NON-NLS-1$
				.orElse(0L);
		if (changes <= kept) {
			return;
		}
		Jdbc.update(connection, "LOCK TABLE case_tally IN EXCLUSIVE MODE"); //$NON-NLS-1$
		Long last = Jdbc.first(connection, "SELECT MAX(id) FROM case_tally_change", //$NON-NLS-1$
				row -> row.getObject(1) == null ? null : row.getLong(1)).orElse(null);
		if (last == null) {
			return;
		}
		String key = "project_id, organization_id, kind, shared, status, closed, assigned, week"; //$NON-NLS-1$
		List<Object[]> sums = Jdbc.list(connection, "SELECT " + key + ", SUM(cases) FROM case_tally_change" //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE id <= ? GROUP BY " + key, row -> new Object[] { row.getLong(1), row.getLong(2), //$NON-NLS-1$
						row.getString(3), row.getBoolean(4), row.getString(5), row.getBoolean(6), row.getBoolean(7),
						row.getInt(8), row.getInt(9) },
				last);
		String match = " WHERE project_id = ? AND organization_id = ? AND kind = ? AND shared = ? AND status = ?" //$NON-NLS-1$
				+ " AND closed = ? AND assigned = ? AND week = ?"; //$NON-NLS-1$
		for (Object[] sum : sums) {
			List<Object> values = new ArrayList<>(List.of(sum));
			Object cases = values.remove(values.size() - 1);
			List<Object> update = new ArrayList<>();
			update.add(cases);
			update.addAll(values);
			if (Jdbc.update(connection, "UPDATE case_tally SET cases = cases + ?" + match, update.toArray()) == 0) { //$NON-NLS-1$
				Jdbc.update(connection, "INSERT INTO case_tally (" + key + ", cases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
						sum);
			}
		}
		Jdbc.update(connection, "DELETE FROM case_tally_change WHERE id <= ?", last); //$NON-NLS-1$
		Jdbc.update(connection, "DELETE FROM case_tally WHERE cases = 0"); //$NON-NLS-1$
	}
}
