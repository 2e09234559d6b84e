package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseType;
import org.carebench.cases.OpenCase;
import org.carebench.cases.Workflow;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Permission;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.eclipse.osgi.util.NLS;

/**
 * Reads all the case editor shows in one unit of work, and decides for the user what he may do with each part, by
 * the same rules the services apply when he does it.
 */
final class OpenCaseReader {

	private final AccessPolicy access;
	private final ActivityLog activityLog;

	OpenCaseReader(AccessPolicy access, ActivityLog activityLog) {
		this.access = access;
		this.activityLog = activityLog;
	}

	OpenCase read(EntityManager em, CaseEntity entity, UserAccess user) {
		Connection connection = Jdbc.of(em);
		long caseId = entity.getId();
		long projectId = entity.getProjectId();
		CaseDetails details = CaseDetailsReader.details(em, entity, user);
		Workflow workflow = CaseDetailsReader.workflow(em, projectId);
		List<UserRef> viewers = ProjectPeople.viewers(connection, projectId);
		List<Long> collaborators = details.collaborators().stream().map(UserRef::id).toList();
		List<UserRef> assignable = viewers.stream().filter(candidate -> candidate.organizationId() == entity
				.getOrganizationId() || entity.isShared() || collaborators.contains(candidate.id())).toList();
		return new OpenCase(details, user.system() ? null : user.user(), nextStatuses(workflow, entity, user),
				workflow, assignable, ProjectPeople.teams(connection, entity.getOrganizationId()),
				Participants.of(em, entity), Annotations.flags(em, projectId, "f.case_id = ?", caseId), //$NON-NLS-1$
				Annotations.flagTypes(connection, projectId), Annotations.attributes(connection, projectId, caseId),
				CaseLinks.related(em, user, caseId), viewers,
				ProjectPeople.organizationNames(connection, projectId), roles(em, entity, details, viewers),
				activityLog.forCase(em, caseId), refusals(details));
	}

	/** Where the workflow lets the case go from its status, each with this user's refusal, if any. */
	private List<OpenCase.StatusChoice> nextStatuses(Workflow workflow, CaseEntity entity, UserAccess user) {
		List<OpenCase.StatusChoice> choices = new ArrayList<>();
		for (CaseStatus target : workflow.targetsFrom(entity.getStatus())) {
			Permission needed = neededToMove(workflow, entity.getStatus(), target);
			choices.add(new OpenCase.StatusChoice(target,
					user.allows(entity.getProjectId(), needed) ? null : refusal(needed)));
		}
		return choices;
	}

	/** The permission a move needs, as {@link StatusTransitions#plan} decides it (closing reasons aside). */
	private static Permission neededToMove(Workflow workflow, String from, CaseStatus to) {
		try {
			String anyReason = workflow.closingReasons().isEmpty() ? null : workflow.closingReasons().get(0).code();
			return StatusTransitions.plan(workflow, from, to.code(), anyReason).permission();
		} catch (ValidationException noReasonDefined) {
			return Permission.CASE_CLOSE;
		}
	}

	private List<OpenCase.RoleChoice> roles(EntityManager em, CaseEntity entity, CaseDetails details,
			List<UserRef> viewers) {
		if (entity.getCaseTypeId() == null) {
			return List.of();
		}
		CaseType type = CaseDetailsReader.caseType(em, entity.getCaseTypeId());
		if (type == null) {
			return List.of();
		}
		return type.roles().stream().map(role -> new OpenCase.RoleChoice(role.code(), role.name(),
				details.roles().stream().filter(holder -> holder.roleCode().equals(role.code()))
						.map(CaseDetails.RoleHolder::user).findFirst().orElse(null),
				viewers)).toList();
	}

	private Map<Permission, String> refusals(CaseDetails details) {
		Map<Permission, String> refusals = new EnumMap<>(Permission.class);
		for (Permission permission : Permission.values()) {
			if (!details.allows(permission)) {
				refusals.put(permission, refusal(permission));
			}
		}
		return refusals;
	}

	private String refusal(Permission permission) {
		return NLS.bind(Messages.Case_needsPermission, access.describe(permission));
	}
}
