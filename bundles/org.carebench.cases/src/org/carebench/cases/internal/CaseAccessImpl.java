package org.carebench.cases.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.CaseFacts;
import org.carebench.cases.CaseParticipant;
import org.carebench.core.AccessPolicy;
import org.carebench.core.Permission;
import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** The case's access rules, for the services of other areas. */
@Component(service = CaseAccess.class)
public class CaseAccessImpl implements CaseAccess {

	private final AccessPolicy access;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;

	@Activate
	public CaseAccessImpl(@Reference AccessPolicy access) {
		this.access = access;
	}

	@Override
	public CaseFacts visibleCase(EntityManager em, long caseId) {
		return facts(em, CaseAccessRules.visibleCase(em, access.current(), caseId));
	}

	@Override
	public CaseFacts require(EntityManager em, long caseId, Permission permission, String action) {
		UserAccess user = access.current();
		CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
		access.require(entity.getProjectId(), permission, action);
		return facts(em, entity);
	}

	@Override
	public List<CaseParticipant> participants(EntityManager em, long caseId) {
		return Participants.of(em, CaseAccessRules.visibleCase(em, access.current(), caseId));
	}

	@Override
	public void touch(EntityManager em, long caseId, Instant at) {
		CaseEntity entity = em.find(CaseEntity.class, caseId);
		if (entity != null && at.isAfter(entity.getLastActivityAt())) {
			entity.setLastActivityAt(at);
		}
	}

	@Override
	public void changed(long caseId) {
		CaseChanges.post(eventAdmin, caseId);
	}

	private static CaseFacts facts(EntityManager em, CaseEntity entity) {
		long networkId = Jdbc.first(Jdbc.of(em), "SELECT network_id FROM project WHERE id = ?", //$NON-NLS-1$
				row -> row.getLong(1), entity.getProjectId()).orElseThrow();
		return new CaseFacts(entity.getId(), entity.getCode(), entity.getProjectId(), entity.getOrganizationId(),
				entity.getClientId(), networkId);
	}
}
