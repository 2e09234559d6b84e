package org.carebench.core;

import java.util.Set;

/**
 * A role: a named set of permissions.
 *
 * @param code stable identifier; the four built-in roles are caseworker, supervisor, project_admin and
 *             system_admin
 */
public record RoleRef(long id, String code, String name, Set<Permission> permissions) {

	public static final String CASEWORKER = "caseworker"; //$NON-NLS-1$
	public static final String SUPERVISOR = "supervisor"; //$NON-NLS-1$
	public static final String PROJECT_ADMIN = "project_admin"; //$NON-NLS-1$
	public static final String SYSTEM_ADMIN = "system_admin"; //$NON-NLS-1$
}
