package org.carebench.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.carebench.core.AccessPolicy;
import org.carebench.core.ForbiddenException;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.model.ProjectMember;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Permissions from roles and memberships. A user's access is kept for a short while: roles change rarely, and
 * another workstation's change shows here within {@link #KEEP}.
 */
@Component(service = AccessPolicy.class)
public class AccessPolicyImpl implements AccessPolicy {

	static final Duration KEEP = Duration.ofSeconds(30);
	private static final UserAccess SYSTEM = new UserAccess(null, Map.of(), true);

	private record Kept(UserAccess access, Instant until) {
	}

	private final Transactions transactions;
	private final Session session;
	private final Clock clock;
	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	@Activate
	public AccessPolicyImpl(@Reference Transactions transactions, @Reference Session session) {
		this(transactions, session, Clock.systemUTC());
	}

	public AccessPolicyImpl(Transactions transactions, Session session, Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.clock = clock;
	}

	@Override
	public UserAccess current() {
		return session.isSystem() ? SYSTEM : of(session.requireUser());
	}

	@Override
	public UserAccess of(UserRef user) {
		Kept known = kept.get(user.id());
		Instant now = clock.instant();
		if (known != null && known.until().isAfter(now)) {
			return known.access();
		}
		UserAccess access = load(user);
		kept.put(user.id(), new Kept(access, now.plus(KEEP)));
		return access;
	}

	private UserAccess load(UserRef user) {
		return transactions.read(em -> {
			UserAccount account = em.find(UserAccount.class, user.id());
			if (account == null || !account.isActive()) {
				return new UserAccess(user, Map.of(), false);
			}
			Map<Long, Set<Permission>> byProject = new HashMap<>();
			for (ProjectMember member : em
					.createQuery("SELECT m FROM ProjectMember m WHERE m.userId = :user", ProjectMember.class) //$NON-NLS-1$
					.setParameter("user", user.id()).getResultList()) { //$NON-NLS-1$
				Set<Permission> permissions = member.getRole().getPermissions().isEmpty()
						? EnumSet.noneOf(Permission.class)
						: EnumSet.copyOf(member.getRole().getPermissions());
				byProject.put(member.getProjectId(), Set.copyOf(permissions));
			}
			return new UserAccess(account.toRef(), Map.copyOf(byProject), false);
		});
	}

	@Override
	public void require(long projectId, Permission permission, String action) {
		UserAccess access = current();
		if (!access.allows(projectId, permission) && !administersSystem(access, permission)) {
			throw forbidden(permission, action);
		}
	}

	@Override
	public void requireInAny(java.util.Collection<Long> projectIds, Permission permission, String action) {
		UserAccess access = current();
		if (!administersSystem(access, permission)
				&& projectIds.stream().noneMatch(projectId -> access.allows(projectId, permission))) {
			throw forbidden(permission, action);
		}
	}

	@Override
	public void requireAnywhere(Permission permission, String action) {
		if (!current().allowsAnywhere(permission)) {
			throw forbidden(permission, action);
		}
	}

	/** A system administrator administers every project, but sees only the cases of his own projects. */
	private static boolean administersSystem(UserAccess access, Permission permission) {
		return permission == Permission.PROJECT_ADMINISTER && access.allowsAnywhere(Permission.SYSTEM_ADMINISTER);
	}

	private ForbiddenException forbidden(Permission permission, String action) {
		return new ForbiddenException(permission, NLS.bind(Messages.Access_forbidden, action, describe(permission)));
	}

	@Override
	public void invalidate() {
		kept.clear();
	}

	@Override
	public String describe(Permission permission) {
		return switch (permission) {
			case CASE_VIEW -> Messages.Permission_CASE_VIEW;
			case CASE_CREATE -> Messages.Permission_CASE_CREATE;
			case CASE_EDIT -> Messages.Permission_CASE_EDIT;
			case CASE_ASSIGN_SELF -> Messages.Permission_CASE_ASSIGN_SELF;
			case CASE_ASSIGN -> Messages.Permission_CASE_ASSIGN;
			case CASE_CLOSE -> Messages.Permission_CASE_CLOSE;
			case CASE_REOPEN -> Messages.Permission_CASE_REOPEN;
			case CASE_SHARE -> Messages.Permission_CASE_SHARE;
			case COLLABORATOR_MANAGE -> Messages.Permission_COLLABORATOR_MANAGE;
			case NOTE_ADD -> Messages.Permission_NOTE_ADD;
			case NOTE_EDIT_ANY -> Messages.Permission_NOTE_EDIT_ANY;
			case FLAG_MANAGE -> Messages.Permission_FLAG_MANAGE;
			case CASE_LINK -> Messages.Permission_CASE_LINK;
			case BULK_EDIT -> Messages.Permission_BULK_EDIT;
			case CASE_IMPORT -> Messages.Permission_CASE_IMPORT;
			case PROJECT_ADMINISTER -> Messages.Permission_PROJECT_ADMINISTER;
			case SYSTEM_ADMINISTER -> Messages.Permission_SYSTEM_ADMINISTER;
		};
	}
}
