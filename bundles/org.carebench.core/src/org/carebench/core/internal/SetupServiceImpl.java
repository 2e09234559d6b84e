package org.carebench.core.internal;

import java.sql.Connection;

import jakarta.persistence.EntityManager;

import org.carebench.core.Actor;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.FirstAdministrator;
import org.carebench.core.ForbiddenException;
import org.carebench.core.Permission;
import org.carebench.core.RoleRef;
import org.carebench.core.ServiceContext;
import org.carebench.core.SetupService;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Network;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.ProjectMember;
import org.carebench.core.model.Role;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first system administrator of a database nobody can sign in to. The check and the creation share one unit of
 * work with the user table locked, so that two workstations starting together cannot both create one.
 */
@Component(service = SetupService.class)
public class SetupServiceImpl implements SetupService {

	private static final Logger LOG = LoggerFactory.getLogger(SetupServiceImpl.class);

	/** Who the administration log shows for the first administrator: nobody can sign in yet. */
	private static final String FIRST_START = "First start"; //$NON-NLS-1$

	private final ServiceContext context;

	@Activate
	public SetupServiceImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public boolean needsFirstAdministrator() {
		return context.query(SetupServiceImpl::nobodySignsIn);
	}

	private static boolean nobodySignsIn(Connection connection) {
		return Jdbc.first(connection, "SELECT 1 FROM app_user WHERE password_hash IS NOT NULL AND active = TRUE" //$NON-NLS-1$
				+ " FETCH FIRST 1 ROWS ONLY", row -> row.getInt(1)).isEmpty(); //$NON-NLS-1$
	}

	@Override
	public UserRef createFirstAdministrator(FirstAdministrator first) {
		try {
			String agency = DirectoryServiceImpl.required("agency", first.agency(), 200); //$NON-NLS-1$
			String code = DirectoryServiceImpl.required("projectCode", first.projectCode(), 20).toUpperCase(); //$NON-NLS-1$
			if (!code.matches("[A-Z][A-Z0-9]{1,9}")) { //$NON-NLS-1$
				throw new ValidationException("projectCode", NLS.bind(Messages.Setup_badProjectCode, code)); //$NON-NLS-1$
			}
			String projectName = DirectoryServiceImpl.required("projectName", first.projectName(), 200); //$NON-NLS-1$
			String login = DirectoryServiceImpl.required("login", first.login(), 100); //$NON-NLS-1$
			String name = DirectoryServiceImpl.required("displayName", first.displayName(), 200); //$NON-NLS-1$
			if (first.password() == null || first.password().length < AuthenticationServiceImpl.MIN_LENGTH) {
				throw new ValidationException("password", //$NON-NLS-1$
						NLS.bind(Messages.Auth_tooShort, AuthenticationServiceImpl.MIN_LENGTH));
			}
			String hash = PasswordHashing.hash(first.password());
			UserRef created = context.write(em -> {
				Connection connection = Jdbc.of(em);
				Jdbc.update(connection, "LOCK TABLE app_user IN EXCLUSIVE MODE"); //$NON-NLS-1$
				if (!nobodySignsIn(connection)) {
					throw new ForbiddenException(Permission.SYSTEM_ADMINISTER, Messages.Setup_alreadyDone);
				}
				UserRef administrator = create(em, agency, code, projectName, login, name, hash);
				context.administrationLog().record(em, Actor.system(FIRST_START), AdministrationLog.FIRST_ADMINISTRATOR,
						Subject.of(AdministrationLog.USER, administrator.id()), null,
						login + " (" + name + "), " + agency + ", " + code + ' ' + projectName); //$NON-NLS-1$ //$NON-NLS-2$
				return administrator;
			});
			context.access().invalidate();
			LOG.info("First system administrator created: user {}", created.id()); //$NON-NLS-1$
			return created;
		} finally {
			PasswordHashing.forget(first.password());
		}
	}

	private static UserRef create(EntityManager em, String agency, String code, String projectName, String login,
			String name, String hash) {
		if (!em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class) //$NON-NLS-1$
				.setParameter("login", login).getResultList().isEmpty()) { //$NON-NLS-1$
			throw new ValidationException("login", NLS.bind(Messages.Directory_loginTaken, login)); //$NON-NLS-1$
		}
		Network network = new Network(agency);
		em.persist(network);
		Project project = new Project(network, code, projectName);
		em.persist(project);
		Organization organization = new Organization(network, agency);
		organization.getProjects().add(project);
		em.persist(organization);
		UserAccount user = new UserAccount(organization, login, name);
		user.setPasswordHash(hash);
		em.persist(user);
		em.flush();
		Role administrator = em.createQuery("SELECT r FROM Role r WHERE r.code = :code", Role.class) //$NON-NLS-1$
				.setParameter("code", RoleRef.SYSTEM_ADMIN).getSingleResult(); //$NON-NLS-1$
		em.persist(new ProjectMember(user.getId(), project.getId(), administrator));
		return user.toRef();
	}
}
