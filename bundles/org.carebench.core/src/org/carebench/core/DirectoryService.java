package org.carebench.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Networks, projects, organizations, users and client profiles: the people and places cases belong to. */
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
}
