package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carebench.core.Permission;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.carebench.core.model.Jdbc;

/** Who works in a project, read for the case screens: its users, organizations and teams. */
final class ProjectPeople {

	private ProjectPeople() {
	}

	/** The active users whose role in the project lets them see its cases, by name. */
	static List<UserRef> viewers(Connection connection, long projectId) {
		return Jdbc.list(connection, "SELECT u.id, u.login, u.display_name, u.organization_id FROM project_member m" //$NON-NLS-1$
				+ " JOIN app_user u ON u.id = m.user_id JOIN role_permission rp ON rp.role_id = m.role_id" //$NON-NLS-1$
				+ " WHERE m.project_id = ? AND rp.permission = ? AND u.active = TRUE ORDER BY u.display_name, u.id", //$NON-NLS-1$
				row -> new UserRef(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)), projectId,
				Permission.CASE_VIEW.name());
	}

	/** The organizations working in the project: id to name, by name. */
	static Map<Long, String> organizationNames(Connection connection, long projectId) {
		Map<Long, String> names = new LinkedHashMap<>();
		Jdbc.list(connection, "SELECT o.id, o.name FROM organization o JOIN organization_project op" //$NON-NLS-1$
				+ " ON op.organization_id = o.id WHERE op.project_id = ? ORDER BY o.name", //$NON-NLS-1$
				row -> names.put(row.getLong(1), row.getString(2)), projectId);
		return names;
	}

	/** The teams of an organization, by name. */
	static List<TeamRef> teams(Connection connection, long organizationId) {
		return Jdbc.list(connection, "SELECT id, organization_id, name FROM team WHERE organization_id = ? ORDER BY name", //$NON-NLS-1$
				row -> new TeamRef(row.getLong(1), row.getLong(2), row.getString(3)), organizationId);
	}
}
