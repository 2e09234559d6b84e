package org.carebench.core;

import java.util.Map;
import java.util.Set;

/**
 * What one user may do, project by project: the permissions of his role in each project he is a member of.
 *
 * @param system whether this is the system itself acting (seeding, migrations of data, automations): it may do
 *               everything
 */
public record UserAccess(UserRef user, Map<Long, Set<Permission>> permissionsByProject, boolean system) {

	/** Whether the user's role in {@code projectId} grants {@code permission}. */
	public boolean allows(long projectId, Permission permission) {
		if (system) {
			return true;
		}
		Set<Permission> granted = permissionsByProject.get(projectId);
		return granted != null && granted.contains(permission);
	}

	/** Whether some role of the user grants {@code permission}, in any project. */
	public boolean allowsAnywhere(Permission permission) {
		return system || permissionsByProject.values().stream().anyMatch(set -> set.contains(permission));
	}

	/** The projects whose cases the user may see. */
	public Set<Long> visibleProjects() {
		return permissionsByProject.entrySet().stream().filter(e -> e.getValue().contains(Permission.CASE_VIEW))
				.map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}
}
