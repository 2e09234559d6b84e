package org.carebench.core.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.NetworkRef;
import org.carebench.core.NotFoundException;
import org.carebench.core.OrganizationRef;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Network;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Networks, projects, organizations, users, roles and client profiles, stored with JPA. */
@Component(service = DirectoryService.class)
public class DirectoryServiceImpl implements DirectoryService {

	private static final int NAME_LENGTH = 100;

	private final ServiceContext context;

	@Activate
	public DirectoryServiceImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public NetworkRef createNetwork(String name) {
		return context.writeIfAllowed(Permission.SYSTEM_ADMINISTER, Messages.Action_createNetwork, em -> {
			String checkedName = required("name", name, 200); //$NON-NLS-1$
			Network network = new Network(checkedName);
			em.persist(network);
			context.administered(em, AdministrationLog.NETWORK_CREATED,
					Subject.of(AdministrationLog.NETWORK, network.getId()), null, checkedName);
			return network.toRef();
		});
	}

	@Override
	public ProjectRef createProject(long networkId, String code, String name) {
		return context.writeIfAllowed(Permission.SYSTEM_ADMINISTER, Messages.Action_createProject, em -> {
			String checkedCode = required("code", code, 20); //$NON-NLS-1$
			String checkedName = required("name", name, 200); //$NON-NLS-1$
			if (!em.createQuery("SELECT p FROM Project p WHERE p.code = :code", Project.class) //$NON-NLS-1$
					.setParameter("code", checkedCode).getResultList().isEmpty()) { //$NON-NLS-1$
				throw new ValidationException("code", NLS.bind(Messages.Directory_projectCodeTaken, checkedCode)); //$NON-NLS-1$
			}
			Project project = new Project(network(em, networkId), checkedCode, checkedName);
			em.persist(project);
			context.administered(em, AdministrationLog.PROJECT_CREATED,
					Subject.of(AdministrationLog.PROJECT, project.getId()), null, checkedCode + ' ' + checkedName);
			return project.toRef();
		});
	}

	@Override
	public OrganizationRef createOrganization(long networkId, String name, Collection<Long> projectIds) {
		return context.writeIfAllowed(Permission.SYSTEM_ADMINISTER, Messages.Action_createOrganization, em -> {
			String checkedName = required("name", name, 200); //$NON-NLS-1$
			Organization organization = new Organization(network(em, networkId), checkedName);
			for (long projectId : projectIds) {
				Project project = em.find(Project.class, projectId);
				if (project == null || project.getNetwork().getId() != networkId) {
					throw new ValidationException("projects", NLS.bind(Messages.Directory_noSuchProject, projectId)); //$NON-NLS-1$
				}
				organization.getProjects().add(project);
			}
			em.persist(organization);
			context.administered(em, AdministrationLog.ORGANIZATION_CREATED,
					Subject.of(AdministrationLog.ORGANIZATION, organization.getId()), null,
					checkedName + ' ' + projectCodes(organization));
			return organization.toRef();
		});
	}

	@Override
	public UserRef createUser(long organizationId, String login, String displayName) {
		return context.writeIfAllowed(Permission.SYSTEM_ADMINISTER, Messages.Action_createUser, em -> {
			String checkedLogin = required("login", login, 100); //$NON-NLS-1$
			String checkedName = required("displayName", displayName, 200); //$NON-NLS-1$
			if (findUser(em, checkedLogin).isPresent()) {
				throw new ValidationException("login", NLS.bind(Messages.Directory_loginTaken, checkedLogin)); //$NON-NLS-1$
			}
			Organization organization = em.find(Organization.class, organizationId);
			if (organization == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchOrganization, organizationId));
			}
			UserAccount user = new UserAccount(organization, checkedLogin, checkedName);
			em.persist(user);
			context.administered(em, AdministrationLog.USER_CREATED, Subject.of(AdministrationLog.USER, user.getId()),
					null, checkedLogin + " (" + checkedName + ", " + organization.getName() + ')'); //$NON-NLS-1$ //$NON-NLS-2$
			return user.toRef();
		});
	}

	@Override
	public UserRef deactivateUser(long userId) {
		context.access().requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_manageUsers);
		if (context.session().user().map(user -> user.id() == userId).orElse(false)) {
			throw new ValidationException("user", Messages.Directory_deactivateSelf); //$NON-NLS-1$
		}
		return changeActive(userId, false, AdministrationLog.USER_DEACTIVATED);
	}

	@Override
	public UserRef reactivateUser(long userId) {
		return changeActive(userId, true, AdministrationLog.USER_REACTIVATED);
	}

	private UserRef changeActive(long userId, boolean active, String action) {
		UserRef changed = context.writeIfAllowed(Permission.SYSTEM_ADMINISTER, Messages.Action_manageUsers, em -> {
			UserAccount user = em.find(UserAccount.class, userId);
			if (user == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchUser, userId));
			}
			if (user.isActive() != active) {
				user.setActive(active);
				context.administered(em, action, Subject.of(AdministrationLog.USER, userId), null, null);
			}
			return user.toRef();
		});
		context.access().invalidate();
		return changed;
	}

	@Override
	public ClientRef createClient(long networkId, String firstName, String lastName, LocalDate birthDate) {
		return context.writeIfAllowed(Permission.CASE_CREATE, Messages.Action_createClient, em -> {
			String first = required("firstName", firstName, NAME_LENGTH); //$NON-NLS-1$
			String last = required("lastName", lastName, NAME_LENGTH); //$NON-NLS-1$
			if (birthDate != null && birthDate.isAfter(context.today())) {
				throw new ValidationException("birthDate", Messages.Directory_birthDateInFuture); //$NON-NLS-1$
			}
			network(em, networkId);
			ClientProfile client = new ClientProfile(networkId);
			client.setName(first, last);
			client.setBirthDate(birthDate);
			em.persist(client);
			return client.toRef();
		});
	}

	@Override
	public List<ClientRef> searchClients(long networkId, String namePrefix, int limit) {
		UserAccess user = context.user();
		List<Long> projects = context.read(em -> em
				.createQuery("SELECT p.id FROM Project p WHERE p.network.id = :network", Long.class) //$NON-NLS-1$
				.setParameter("network", networkId).getResultList()); //$NON-NLS-1$
		if (!user.system()) {
			context.access().requireInAny(projects, Permission.CASE_CREATE, Messages.Action_viewClient);
		}
		String prefix = SearchText.fold(namePrefix == null ? "" : namePrefix); //$NON-NLS-1$
		int rows = Math.max(1, Math.min(limit, 500));
		return context.query(connection -> {
			java.util.Map<Long, ClientRef> found = new java.util.LinkedHashMap<>();
			for (String column : List.of("search_name", "search_first")) { //$NON-NLS-1$ //$NON-NLS-2$
				Jdbc.list(connection, "SELECT id, first_name, last_name FROM client_profile WHERE " + column //$NON-NLS-1$
						+ " LIKE ? ESCAPE '!' AND network_id = ? AND anonymous = FALSE ORDER BY " + column //$NON-NLS-1$
						+ " FETCH FIRST " + rows + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
						row -> found.putIfAbsent(row.getLong(1),
								new ClientRef(row.getLong(1), row.getString(2), row.getString(3), false)),
						SearchText.likePrefix(prefix), networkId);
			}
			return found.values().stream().sorted(Comparator.comparing((ClientRef c) -> SearchText.nameKey(
					c.firstName(), c.lastName()))).limit(rows).toList();
		});
	}

	@Override
	public ClientRef createAnonymousClient(long networkId) {
		return context.writeIfAllowed(Permission.CASE_CREATE, Messages.Action_createClient, em -> {
			network(em, networkId);
			ClientProfile client = new ClientProfile(networkId);
			client.makeAnonymous();
			em.persist(client);
			return client.toRef();
		});
	}

	@Override
	public List<NetworkRef> networks() {
		return context.read(em -> em.createQuery("SELECT n FROM Network n ORDER BY n.name", Network.class) //$NON-NLS-1$
				.getResultList().stream().map(Network::toRef).toList());
	}

	/** All projects for administrators and the system; the projects he is a member of for anyone else. */
	@Override
	public List<ProjectRef> projects() {
		UserAccess user = context.user();
		boolean all = user.allowsAnywhere(Permission.SYSTEM_ADMINISTER);
		return context.read(em -> em.createQuery("SELECT p FROM Project p ORDER BY p.name", Project.class) //$NON-NLS-1$
				.getResultList().stream().filter(p -> all || user.permissionsByProject().containsKey(p.getId()))
				.map(Project::toRef).toList());
	}

	@Override
	public List<OrganizationRef> organizations() {
		return context.read(em -> em
				.createQuery("SELECT o FROM Organization o ORDER BY o.name", Organization.class).getResultList() //$NON-NLS-1$
				.stream().map(Organization::toRef).toList());
	}

	@Override
	public OrganizationRef addOrganizationToProject(long organizationId, long projectId) {
		return context.writeIfAllowed(Permission.SYSTEM_ADMINISTER, Messages.Action_createOrganization, em -> {
			Organization organization = em.find(Organization.class, organizationId);
			if (organization == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchOrganization, organizationId));
			}
			Project project = em.find(Project.class, projectId);
			if (project == null || project.getNetwork().getId() != organization.getNetwork().getId()) {
				throw new ValidationException("project", NLS.bind(Messages.Directory_noSuchProject, projectId)); //$NON-NLS-1$
			}
			if (!organization.getProjects().contains(project)) {
				String before = projectCodes(organization);
				organization.getProjects().add(project);
				context.administered(em, AdministrationLog.ORGANIZATION_JOINED,
						Subject.of(AdministrationLog.ORGANIZATION, organizationId), before, projectCodes(organization));
			}
			return organization.toRef();
		});
	}

	@Override
	public List<OrganizationRef> organizationsOf(long projectId) {
		return context.read(em -> em
				.createQuery("SELECT o FROM Organization o JOIN o.projects p WHERE p.id = :project ORDER BY o.name", //$NON-NLS-1$
						Organization.class)
				.setParameter("project", projectId).getResultList().stream().map(Organization::toRef) //$NON-NLS-1$
				.toList());
	}

	@Override
	public List<UserRef> users() {
		return users(true);
	}

	@Override
	public List<UserRef> deactivatedUsers() {
		context.access().requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_manageUsers);
		return users(false);
	}

	private List<UserRef> users(boolean active) {
		return context.read(em -> em
				.createQuery("SELECT u FROM UserAccount u WHERE u.active = :active ORDER BY u.displayName", //$NON-NLS-1$
						UserAccount.class)
				.setParameter("active", active).getResultList().stream().map(UserAccount::toRef).toList()); //$NON-NLS-1$
	}

	@Override
	public Optional<UserRef> findUser(String login) {
		return context.read(em -> findUser(em, login).map(UserAccount::toRef));
	}

	@Override
	public Optional<ClientRef> findClient(long clientId) {
		context.access().requireAnywhere(Permission.CASE_VIEW, Messages.Action_viewClient);
		return context.read(em -> Optional.ofNullable(em.find(ClientProfile.class, clientId))
				.map(ClientProfile::toRef));
	}

	private static Optional<UserAccount> findUser(EntityManager em, String login) {
		return em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class) //$NON-NLS-1$
				.setParameter("login", login).getResultList().stream().findFirst(); //$NON-NLS-1$
	}

	/** The codes of an organization's projects, for the administration log: "[HOU, YTH]". */
	private static String projectCodes(Organization organization) {
		return organization.getProjects().stream().map(Project::getCode).sorted().toList().toString();
	}

	static Network network(EntityManager em, long networkId) {
		Network network = em.find(Network.class, networkId);
		if (network == null) {
			throw new NotFoundException(NLS.bind(Messages.Directory_noSuchNetwork, networkId));
		}
		return network;
	}

	/** The trimmed value, or a {@link ValidationException} naming the field when it is blank or too long. */
	static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new ValidationException(field, NLS.bind(Messages.Validation_required, field));
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw new ValidationException(field, NLS.bind(Messages.Validation_tooLong, field, maxLength));
		}
		return trimmed;
	}

}
