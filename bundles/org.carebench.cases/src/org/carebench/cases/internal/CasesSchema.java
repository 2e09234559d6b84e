package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.carebench.core.AbstractSchemaContribution;
import org.carebench.core.SchemaContribution;
import org.carebench.core.model.Jdbc;
import org.osgi.service.component.annotations.Component;

/** The case tables: statuses, cases, notes. */
@Component(service = SchemaContribution.class)
public class CasesSchema extends AbstractSchemaContribution {

	/** Users who may be added before the server's next minute, whose report scopes are made ahead. */
	private static final int SCOPES_AHEAD = 100;

	public CasesSchema() {
		super("org.carebench.cases", "db/org.carebench.cases.sql", List.of("org.carebench.core"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(CaseEntity.class));
	}

	/**
	 * The report scopes' schemas (see {@link ReportScopeImpl}): an account that is not the owner may create no
	 * schema, so the owner makes one for every user and for the next ones.
	 */
	@Override
	public void prepareAccount(Connection owner, String account) throws SQLException {
		long lastUser = Jdbc.first(owner, "SELECT COALESCE(MAX(id), 0) FROM app_user", row -> row.getLong(1)) //$NON-NLS-1$
				.orElse(0L);
		List<String> existing = Jdbc.list(owner,
				"SELECT schemaname FROM sys.sysschemas WHERE schemaname LIKE 'CB\\_SCOPE\\_%' ESCAPE '\\'", //$NON-NLS-1$
				row -> row.getString(1));
		ReportScopeImpl.ensureSchema(owner, ReportScopeImpl.SYSTEM_SCHEMA, existing);
		for (long user = 1; user <= lastUser + SCOPES_AHEAD; user++) {
			ReportScopeImpl.ensureSchema(owner, ReportScopeImpl.schemaOf(user), existing);
		}
	}
}
