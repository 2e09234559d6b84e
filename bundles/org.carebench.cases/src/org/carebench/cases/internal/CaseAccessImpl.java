package org.carebench.cases.internal;

import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.CaseChange;
import org.carebench.cases.CaseFacts;
import org.carebench.cases.CaseParticipant;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The case's access rules and its way of changing a case, for the services of other areas. */
@Component(service = CaseAccess.class)
public class CaseAccessImpl implements CaseAccess {

	private final ServiceContext context;
	private final CaseWork work;

	@Activate
	public CaseAccessImpl(@Reference ServiceContext context) {
		this.context = context;
		this.work = new CaseWork(context);
	}

	@Override
	public <T> T change(long caseId, Permission permission, String action, CaseChange<T> change) {
		return work.change(caseId, CaseWork.ANY_VERSION, permission, action, change::apply);
	}

	@Override
	public <T> T change(ToLongFunction<EntityManager> locate, Permission permission, String action,
			CaseChange<T> change) {
		return work.change(locate, CaseWork.ANY_VERSION, permission, action, change::apply);
	}

	@Override
	public CaseFacts visibleCase(EntityManager em, long caseId) {
		return CaseAccessRules.facts(em, CaseAccessRules.visibleCase(em, context.user(), caseId));
	}

	@Override
	public CaseFacts require(EntityManager em, long caseId, Permission permission, String action) {
		UserAccess user = context.user();
		CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
		context.access().require(entity.getProjectId(), permission, action);
		return CaseAccessRules.facts(em, entity);
	}

	@Override
	public List<CaseParticipant> participants(EntityManager em, long caseId) {
		return Participants.of(em, CaseAccessRules.visibleCase(em, context.user(), caseId));
	}
}
