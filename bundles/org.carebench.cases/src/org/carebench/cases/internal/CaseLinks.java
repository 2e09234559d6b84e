package org.carebench.cases.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.cases.RelatedCase;
import org.carebench.core.UserAccess;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Project;

/** Reads links between cases (case_link holds each link both ways). */
final class CaseLinks {

	private CaseLinks() {
	}

	static List<RelatedCase> related(EntityManager em, UserAccess user, long caseId) {
		return Jdbc.list(Jdbc.of(em), "SELECT related_case_id FROM case_link WHERE case_id = ? ORDER BY linked_at", //$NON-NLS-1$
				row -> row.getLong(1), caseId).stream()
				.map(id -> relatedCase(em, user, em.find(CaseEntity.class, id))).toList();
	}

	/** A case as a link shows it, saying whether {@code user} may open it. */
	static RelatedCase relatedCase(EntityManager em, UserAccess user, CaseEntity entity) {
		ClientProfile client = em.find(ClientProfile.class, entity.getClientId());
		Project project = em.find(Project.class, entity.getProjectId());
		boolean visible = CaseAccessRules.visible(user, entity, CaseAccessRules.collaboratorIds(em, entity.getId()));
		return new RelatedCase(entity.getId(), entity.getCode(),
				client.isAnonymous() ? null : client.getFirstName() + " " + client.getLastName(), project.getName(), //$NON-NLS-1$
				entity.getStatus(), visible);
	}
}
