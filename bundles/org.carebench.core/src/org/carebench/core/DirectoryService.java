package org.carebench.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Networks, projects, organizations, users, their roles, and client profiles: the people and places cases belong
 * to. Creating networks, projects, organizations and users, and editing roles, need
 * {@link Permission#SYSTEM_ADMINISTER}; managing a project's members needs {@link Permission#PROJECT_ADMINISTER} in
 * it; creating clients needs {@link Permission#CASE_CREATE} in a project of the network.
 */
public interface DirectoryService {

	NetworkRef createNetwork(String name);

	ProjectRef createProject(long networkId, String code, String name);

	OrganizationRef createOrganization(long networkId, String name, Collection<Long> projectIds);

	UserRef createUser(long organizationId, String login, String displayName);

	/** An identified client; names are required, the birth date is optional. */
	ClientRef createClient(long networkId, String firstName, String lastName, LocalDate birthDate);

	/** A client who has not given his name; his cases show "Anonymous". */
	ClientRef createAnonymousClient(long networkId);

	List<NetworkRef> networks();

	List<ProjectRef> projects();

	List<OrganizationRef> organizations();

	List<UserRef> users();

	Optional<UserRef> findUser(String login);

	Optional<ClientRef> findClient(long clientId);

	/**
	 * Named clients of a network whose first or last name starts with {@code namePrefix} (accent- and
	 * case-insensitive), by last name, up to {@code limit}: to open a case for a client already known. Needs
	 * {@link Permission#CASE_CREATE} in a project of the network.
	 */
	List<ClientRef> searchClients(long networkId, String namePrefix, int limit);

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

	/** The organizations working in a project. */
	List<OrganizationRef> organizationsOf(long projectId);

	/**
	 * Creates a team in an organization: needs {@link Permission#PROJECT_ADMINISTER} in one of its projects, in
	 * one's own organization ({@link Permission#SYSTEM_ADMINISTER} in any).
	 */
	TeamRef createTeam(long organizationId, String name);

	/** Puts a user of the team's organization in the team (same permission as creating it). */
	void addTeamMember(long teamId, long userId);

	/** Takes a user out of a team (same permission as creating it). */
	void removeTeamMember(long teamId, long userId);

	/** The teams of an organization, by name. */
	List<TeamRef> teams(long organizationId);

	/** The members of a team, by name. */
	List<UserRef> teamMembers(long teamId);

	/** The teams a user belongs to. */
	List<TeamRef> teamsOf(long userId);
}
