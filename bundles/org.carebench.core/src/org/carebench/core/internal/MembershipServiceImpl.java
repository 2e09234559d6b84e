package org.carebench.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.carebench.core.MembershipService;
import org.carebench.core.ServiceContext;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.Membership;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.RoleRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Project;
import org.carebench.core.model.ProjectMember;
import org.carebench.core.model.Role;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Roles (sets of permissions) and who holds which role in which project, stored with JPA. */
@Component(service = MembershipService.class)
public class MembershipServiceImpl implements MembershipService {

	private final ServiceContext context;

	@Activate
	public MembershipServiceImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public List<RoleRef> roles() {
		return context.read(em -> em.createQuery("SELECT r FROM Role r", Role.class).getResultList().stream() //$NON-NLS-1$
				.map(Role::toRef).sorted(Comparator.comparing(RoleRef::id)).toList());
	}

	@Override
	public RoleRef createRole(String code, String name, Set<Permission> permissions) {
		context.access().requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_editRoles);
		String checkedCode = DirectoryServiceImpl.required("code", code, 40); //$NON-NLS-1$
		String checkedName = DirectoryServiceImpl.required("name", name, 100); //$NON-NLS-1$
		RoleRef created = context.write(em -> {
			if (findRole(em, checkedCode).isPresent()) {
				throw new ValidationException("code", NLS.bind(Messages.Directory_roleCodeTaken, checkedCode)); //$NON-NLS-1$
			}
			Role role = new Role(checkedCode, checkedName, permissions);
			em.persist(role);
			context.administered(em, AdministrationLog.ROLE_CREATED, Subject.of(AdministrationLog.ROLE, role.toRef().id()),
					null, checkedCode + ' ' + names(role.getPermissions()));
			return role.toRef();
		});
		context.access().invalidate();
		return created;
	}

	@Override
	public RoleRef updateRole(String code, Set<Permission> permissions) {
		context.access().requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_editRoles);
		RoleRef updated = context.write(em -> {
			Role role = role(em, code);
			String before = names(role.getPermissions());
			role.setPermissions(permissions);
			context.administered(em, AdministrationLog.ROLE_CHANGED, Subject.of(AdministrationLog.ROLE, role.toRef().id()),
					before, names(role.getPermissions()));
			return role.toRef();
		});
		context.access().invalidate();
		return updated;
	}

	@Override
	public Membership addMember(long userId, long projectId, String roleCode) {
		context.access().require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_manageMembers);
		Membership added = context.write(em -> {
			UserAccount user = em.find(UserAccount.class, userId);
			if (user == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchUser, userId));
			}
			Project project = em.find(Project.class, projectId);
			if (project == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchProject, projectId));
			}
			Role role = role(em, roleCode);
			ProjectMember member = member(em, userId, projectId).orElse(null);
			String before = member == null ? null : project.getCode() + ": " + member.getRole().toRef().code(); //$NON-NLS-1$
			if (member == null) {
				member = new ProjectMember(userId, projectId, role);
				em.persist(member);
			} else {
				member.setRole(role);
			}
			context.administered(em, AdministrationLog.MEMBER_ADDED, Subject.of(AdministrationLog.USER, userId), before,
					project.getCode() + ": " + role.toRef().code()); //$NON-NLS-1$
			return new Membership(user.toRef(), project.toRef(), role.toRef());
		});
		context.access().invalidate();
		return added;
	}

	@Override
	public void removeMember(long userId, long projectId) {
		context.access().require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_manageMembers);
		context.write(em -> {
			member(em, userId, projectId).ifPresent(member -> {
				em.remove(member);
				context.administered(em, AdministrationLog.MEMBER_REMOVED, Subject.of(AdministrationLog.USER, userId),
						em.find(Project.class, projectId).getCode() + ": " + member.getRole().toRef().code(), null); //$NON-NLS-1$
			});
			return null;
		});
		context.access().invalidate();
	}

	@Override
	public List<Membership> members(long projectId) {
		return context.read(em -> memberships(em,
				"SELECT m FROM ProjectMember m WHERE m.projectId = :id", projectId)); //$NON-NLS-1$
	}

	@Override
	public List<Membership> memberships(long userId) {
		return context.read(em -> memberships(em, "SELECT m FROM ProjectMember m WHERE m.userId = :id", userId)); //$NON-NLS-1$
	}

	private static List<Membership> memberships(EntityManager em, String query, long id) {
		return em.createQuery(query, ProjectMember.class).setParameter("id", id).getResultList().stream() //$NON-NLS-1$
				.map(m -> new Membership(em.find(UserAccount.class, m.getUserId()).toRef(),
						em.find(Project.class, m.getProjectId()).toRef(), m.getRole().toRef()))
				.sorted(Comparator.comparing((Membership m) -> m.project().name())
						.thenComparing(m -> m.user().displayName()))
				.toList();
	}

	private static Optional<ProjectMember> member(EntityManager em, long userId, long projectId) {
		return em.createQuery("SELECT m FROM ProjectMember m WHERE m.userId = :user AND m.projectId = :project", //$NON-NLS-1$
				ProjectMember.class).setParameter("user", userId).setParameter("project", projectId) //$NON-NLS-1$ //$NON-NLS-2$
				.getResultList().stream().findFirst();
	}

	/** Permissions in a stable order, for the administration log. */
	private static String names(Set<Permission> permissions) {
		return permissions.stream().map(Permission::name).sorted().toList().toString();
	}

	private static Optional<Role> findRole(EntityManager em, String code) {
		return em.createQuery("SELECT r FROM Role r WHERE r.code = :code", Role.class).setParameter("code", code) //$NON-NLS-1$ //$NON-NLS-2$
				.getResultList().stream().findFirst();
	}

	private static Role role(EntityManager em, String code) {
		return findRole(em, code)
				.orElseThrow(() -> new ValidationException("role", NLS.bind(Messages.Directory_noSuchRole, code))); //$NON-NLS-1$
	}
}
