package org.carebench.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.carebench.core.AbstractSchemaContribution;
import org.carebench.core.SchemaContribution;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.Network;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.ProjectMember;
import org.carebench.core.model.Role;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.osgi.service.component.annotations.Component;

/** The core tables: directory, client profiles and the activity log. */
@Component(service = SchemaContribution.class)
public class CoreSchema extends AbstractSchemaContribution {

	public static final String ID = "org.carebench.core"; //$NON-NLS-1$

	public CoreSchema() {
		super(ID, "db/org.carebench.core.sql", List.of(), List.of(UtcInstantConverter.class, Network.class, //$NON-NLS-1$
				Project.class, Organization.class, UserAccount.class, ClientProfile.class, Role.class,
				ProjectMember.class));
	}

	/**
	 * core-2 fills the first-name search key of existing clients (accents cannot be folded in SQL), and gives every
	 * user of a database from before access control the role closest to what he could do then: supervisor in the
	 * projects of his organization. An administrator reviews the roles afterwards. core-3 fills the keys again:
	 * demo databases loaded by 0.2 development builds have clients without one.
	 */
	@Override
	public List<DataMigration> dataMigrations() {
		return List.of(DataMigration.of("core-2", connection -> { //$NON-NLS-1$
			fillSearchKeys(connection);
			grantEarlierUsers(connection);
		}), DataMigration.of("core-3", CoreSchema::fillSearchKeys)); //$NON-NLS-1$
	}

	private static void grantEarlierUsers(Connection connection) throws SQLException {
		List<long[]> memberships = new java.util.ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT u.id, op.project_id FROM app_user u" //$NON-NLS-1$
						+ " JOIN organization_project op ON op.organization_id = u.organization_id")) { //$NON-NLS-1$
			while (rows.next()) {
				memberships.add(new long[] { rows.getLong(1), rows.getLong(2) });
			}
		}
		if (memberships.isEmpty()) {
			return;
		}
		long id = IdBlocks.reserve(connection, "project_member", memberships.size()); //$NON-NLS-1$
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO project_member (id, user_id, project_id, role_id) VALUES (?, ?, ?," //$NON-NLS-1$
						+ " (SELECT id FROM app_role WHERE code = 'supervisor'))")) { //$NON-NLS-1$
			for (long[] membership : memberships) {
				insert.setLong(1, id++);
				insert.setLong(2, membership[0]);
				insert.setLong(3, membership[1]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Fills the first-name search key of the named clients that have none (accents cannot be folded in SQL). */
	static void fillSearchKeys(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet clients = select.executeQuery(
						"SELECT id, first_name, last_name FROM client_profile WHERE NOT anonymous AND search_first IS NULL"); //$NON-NLS-1$
				PreparedStatement update = connection
						.prepareStatement("UPDATE client_profile SET search_first = ? WHERE id = ?")) { //$NON-NLS-1$
			int batched = 0;
			while (clients.next()) {
				update.setString(1, SearchText.firstNameKey(clients.getString(2), clients.getString(3)));
				update.setLong(2, clients.getLong(1));
				update.addBatch();
				if (++batched % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}
}
