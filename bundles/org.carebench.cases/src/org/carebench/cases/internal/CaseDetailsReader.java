package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseType;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Note;
import org.carebench.cases.Workflow;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserAccess;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.UserAccount;

/** Builds {@link CaseDetails} from a case's rows, for the user who asked. */
final class CaseDetailsReader {

	private CaseDetailsReader() {
	}

	/** The case as {@code user} sees it; pending changes are flushed first, so that its version is the saved one. */
	static CaseDetails details(EntityManager em, CaseEntity entity, UserAccess user) {
		em.flush();
		Workflow workflow = workflow(em, entity.getProjectId());
		ClientProfile client = em.find(ClientProfile.class, entity.getClientId());
		Project project = em.find(Project.class, entity.getProjectId());
		Organization organization = em.find(Organization.class, entity.getOrganizationId());
		UserAccount assignee = entity.getAssigneeId() == null ? null
				: em.find(UserAccount.class, entity.getAssigneeId());
		CaseStatus status = workflow.status(entity.getStatus())
				.orElse(new CaseStatus(entity.getStatus(), entity.getStatus(), false, Integer.MAX_VALUE));
		ClosingReason reason = entity.getClosingReason() == null ? null
				: workflow.closingReason(entity.getClosingReason())
						.orElse(new ClosingReason(entity.getClosingReason(), entity.getClosingReason()));
		List<Long> collaboratorIds = CaseAccessRules.collaboratorIds(em, entity.getId());
		List<Note> notes = Notes.ofCase(em, entity.getId());
		CaseType type = null;
		List<CaseDetails.RoleHolder> roles = List.of();
		if (entity.getCaseTypeId() != null) {
			type = caseType(em, entity.getCaseTypeId());
			roles = type == null ? List.of() : roleHolders(em, entity.getId(), type);
		}
		return new CaseDetails(entity.getId(), entity.getCode(), client.toRef(),
				project.toRef(), organization.toRef(),
				status, assignee == null ? null : assignee.toRef(), team(em, entity.getTeamId()), entity.getOpenedAt(), entity.getClosedAt(), reason,
				entity.isShared(), entity.getLastActivityAt(), entity.getVersion(), notes,
				collaboratorIds.stream().map(id -> user(em, id)).toList(),
				CaseAccessRules.allowed(user, entity, collaboratorIds), type == null ? null : type.name(), roles);
	}

	private static List<CaseDetails.RoleHolder> roleHolders(EntityManager em, long caseId, CaseType type) {
		List<CaseDetails.RoleHolder> holders = new java.util.ArrayList<>(Jdbc.list(Jdbc.of(em),
				"SELECT role_code, user_id FROM case_role_assignment WHERE case_id = ?", row -> { //$NON-NLS-1$
					String code = row.getString(1);
					String name = type.roles().stream().filter(r -> r.code().equals(code)).map(CaseType.Role::name)
							.findFirst().orElse(code);
					return new CaseDetails.RoleHolder(code, name, user(em, row.getLong(2)));
				}, caseId));
		// in the order the case type lists its roles
		List<String> order = type.roles().stream().map(CaseType.Role::code).toList();
		holders.sort(java.util.Comparator.comparingInt(holder -> order.indexOf(holder.roleCode())));
		return holders;
	}

	/** The case type of that id, or {@code null}. */
	static CaseType caseType(EntityManager em, long caseTypeId) {
		return Timelines.caseType(Jdbc.of(em), caseTypeId).orElse(null);
	}

	static TeamRef team(EntityManager em, Long teamId) {
		return teamId == null ? null
				: Jdbc.first(Jdbc.of(em), "SELECT id, organization_id, name FROM team WHERE id = ?", //$NON-NLS-1$
						row -> new TeamRef(row.getLong(1), row.getLong(2), row.getString(3)), teamId).orElse(null);
	}

	static UserRef user(EntityManager em, long userId) {
		UserAccount user = em.find(UserAccount.class, userId);
		return user == null ? new UserRef(userId, "?", "#" + userId, 0) : user.toRef(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The project's workflow, named in the user's language. */
	static Workflow workflow(EntityManager em, long projectId) {
		return Workflows.localized(em.unwrap(Connection.class), projectId);
	}
}
