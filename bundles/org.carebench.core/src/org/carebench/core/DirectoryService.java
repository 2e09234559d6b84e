package org.carebench.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Networks, projects, organizations, users and client profiles: the people and places cases belong to (roles and
 * memberships are {@link MembershipService}'s, teams {@link TeamService}'s). Creating networks, projects,
 * organizations and users needs {@link Permission#SYSTEM_ADMINISTER}; creating clients needs
 * {@link Permission#CASE_CREATE} in a project of the network.
 */
public interface DirectoryService {

	NetworkRef createNetwork(String name);

	ProjectRef createProject(long networkId, String code, String name);

	OrganizationRef createOrganization(long networkId, String name, Collection<Long> projectIds);

	UserRef createUser(long organizationId, String login, String displayName);

	/**
	 * Stops a user from signing in (he left the agency), keeping everything he did and every case assigned to him:
	 * needs {@link Permission#SYSTEM_ADMINISTER}; nobody deactivates himself (an agency must keep an administrator).
	 */
	UserRef deactivateUser(long userId);

	/** Lets a deactivated user sign in again: needs {@link Permission#SYSTEM_ADMINISTER}. */
	UserRef reactivateUser(long userId);

	/** An identified client; names are required, the birth date is optional. */
	ClientRef createClient(long networkId, String firstName, String lastName, LocalDate birthDate);

	/** A client who has not given his name; his cases show "Anonymous". */
	ClientRef createAnonymousClient(long networkId);

	List<NetworkRef> networks();

	List<ProjectRef> projects();

	List<OrganizationRef> organizations();

	/** The users who may sign in. */
	List<UserRef> users();

	/** The users an administrator deactivated, to reactivate one: needs {@link Permission#SYSTEM_ADMINISTER}. */
	List<UserRef> deactivatedUsers();

	Optional<UserRef> findUser(String login);

	Optional<ClientRef> findClient(long clientId);

	/**
	 * Named clients of a network whose first or last name starts with {@code namePrefix} (accent- and
	 * case-insensitive), by last name, up to {@code limit}: to open a case for a client already known. Needs
	 * {@link Permission#CASE_CREATE} in a project of the network.
	 */
	List<ClientRef> searchClients(long networkId, String namePrefix, int limit);

	/**
	 * Lets an organization work in a project of its network, created after it (needs
	 * {@link Permission#SYSTEM_ADMINISTER}); nothing changes when it already does.
	 */
	OrganizationRef addOrganizationToProject(long organizationId, long projectId);

	/** The organizations working in a project. */
	List<OrganizationRef> organizationsOf(long projectId);
}
