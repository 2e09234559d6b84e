package org.carebench.core;

import java.util.List;
import java.util.Set;

/**
 * Roles (named sets of permissions) and the role each user holds in each project. Editing roles needs
 * {@link Permission#SYSTEM_ADMINISTER}; managing a project's members needs {@link Permission#PROJECT_ADMINISTER} in
 * it. A change applies at once to what the users may do.
 */
public interface MembershipService {

	/** The roles, built-in first. */
	List<RoleRef> roles();

	/** Creates a role with these permissions. */
	RoleRef createRole(String code, String name, Set<Permission> permissions);

	/** Replaces the permissions of a role; its members get them at once. */
	RoleRef updateRole(String code, Set<Permission> permissions);

	/** Gives a user a role in a project (replacing the role he had there). */
	Membership addMember(long userId, long projectId, String roleCode);

	/** Takes a user out of a project. */
	void removeMember(long userId, long projectId);

	/** The members of a project. */
	List<Membership> members(long projectId);

	/** The projects a user is a member of, with his role in each. */
	List<Membership> memberships(long userId);
}
