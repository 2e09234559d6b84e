package org.carebench.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseFacts;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;
import org.eclipse.osgi.util.NLS;

/**
 * Who may see a case, and do what with it. A user sees a case of a project where his role grants
 * {@link Permission#CASE_VIEW} when the case belongs to his organization, is shared across the network, or has him
 * as a collaborator; what he may do with it is what his role in the case's project grants.
 */
final class CaseAccessRules {

	private CaseAccessRules() {
	}

	static boolean visible(UserAccess user, CaseEntity theCase, List<Long> collaboratorIds) {
		return visible(user, theCase.getProjectId(), theCase.getOrganizationId(), theCase.isShared(),
				!user.system() && collaboratorIds.contains(user.user().id()));
	}

	/** The same rule, for cases read as rows. */
	static boolean visible(UserAccess user, long projectId, long organizationId, boolean shared,
			boolean collaborator) {
		if (user.system()) {
			return true;
		}
		if (!user.allows(projectId, Permission.CASE_VIEW)) {
			return false;
		}
		return organizationId == user.user().organizationId() || shared || collaborator;
	}

	/** What {@code user} may do with the case: nothing unless he sees it, else what his role grants. */
	static Set<Permission> allowed(UserAccess user, CaseEntity theCase, List<Long> collaboratorIds) {
		if (!visible(user, theCase, collaboratorIds)) {
			return Set.of();
		}
		if (user.system()) {
			return EnumSet.allOf(Permission.class);
		}
		Set<Permission> granted = user.permissionsByProject().get(theCase.getProjectId());
		return granted == null ? Set.of() : granted;
	}

	/** The case, if it exists and {@code user} sees it; "does not exist" otherwise, so as not to reveal it. */
	static CaseEntity visibleCase(EntityManager em, UserAccess user, long caseId) {
		CaseEntity entity = em.find(CaseEntity.class, caseId);
		if (entity == null || !visible(user, entity, collaboratorIds(em, caseId))) {
			throw new NotFoundException(NLS.bind(Messages.Case_notFound, caseId));
		}
		return entity;
	}

	/** What other areas know of a case. */
	static CaseFacts facts(EntityManager em, CaseEntity entity) {
		long networkId = Jdbc.first(Jdbc.of(em), "SELECT network_id FROM project WHERE id = ?", //$NON-NLS-1$
				row -> row.getLong(1), entity.getProjectId()).orElseThrow();
		return new CaseFacts(entity.getId(), entity.getCode(), entity.getProjectId(), entity.getOrganizationId(),
				entity.getClientId(), networkId);
	}

	@SuppressWarnings("unchecked")
	static List<Long> collaboratorIds(EntityManager em, long caseId) {
		List<Number> ids = em.createNativeQuery("SELECT user_id FROM case_collaborator WHERE case_id = ?") //$NON-NLS-1$
				.setParameter(1, caseId).getResultList();
		return ids.stream().map(Number::longValue).toList();
	}
}
