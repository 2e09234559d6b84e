package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
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
		List<Note> notes = em.createQuery(
				"SELECT n FROM NoteEntity n WHERE n.caseId = :caseId AND n.deletedAt IS NULL ORDER BY n.createdAt DESC, n.id DESC", //$NON-NLS-1$
				NoteEntity.class).setParameter("caseId", entity.getId()).getResultList().stream() //$NON-NLS-1$
				.map(row -> note(em, row)).toList();
		CaseType type = null;
		List<CaseDetails.RoleHolder> roles = List.of();
		if (entity.getCaseTypeId() != null) {
			try {
				Connection connection = em.unwrap(Connection.class);
				type = Timelines.caseType(connection, entity.getCaseTypeId()).orElse(null);
				roles = type == null ? List.of() : roleHolders(em, connection, entity.getId(), type);
			} catch (SQLException e) {
				throw new IllegalStateException("Reading the case type failed", e); //$NON-NLS-1$
			}
		}
		return new CaseDetails(entity.getId(), entity.getCode(), client.toRef(),
				new ProjectRef(project.getId(), project.getNetwork().getId(), project.getCode(), project.getName()),
				new OrganizationRef(organization.getId(), organization.getNetwork().getId(), organization.getName()),
				status, assignee == null ? null : assignee.toRef(), team(em, entity.getTeamId()), entity.getOpenedAt(), entity.getClosedAt(), reason,
				entity.isShared(), entity.getLastActivityAt(), entity.getVersion(), notes,
				collaboratorIds.stream().map(id -> user(em, id)).toList(),
				CaseAccessRules.allowed(user, entity, collaboratorIds), type == null ? null : type.name(), roles);
	}

	private static List<CaseDetails.RoleHolder> roleHolders(EntityManager em, Connection connection, long caseId,
			CaseType type) throws SQLException {
		List<CaseDetails.RoleHolder> holders = new java.util.ArrayList<>();
		try (java.sql.PreparedStatement select = connection
				.prepareStatement("SELECT role_code, user_id FROM case_role_assignment WHERE case_id = ?")) { //$NON-NLS-1$
			select.setLong(1, caseId);
			try (java.sql.ResultSet row = select.executeQuery()) {
				while (row.next()) {
					String code = row.getString(1);
					String name = type.roles().stream().filter(r -> r.code().equals(code)).map(CaseType.Role::name)
							.findFirst().orElse(code);
					holders.add(new CaseDetails.RoleHolder(code, name, user(em, row.getLong(2))));
				}
			}
		}
		// in the order the case type lists its roles
		List<String> order = type.roles().stream().map(CaseType.Role::code).toList();
		holders.sort(java.util.Comparator.comparingInt(holder -> order.indexOf(holder.roleCode())));
		return holders;
	}

	/** The case type of that id, or {@code null}. */
	static CaseType caseType(EntityManager em, long caseTypeId) {
		try {
			return Timelines.caseType(em.unwrap(Connection.class), caseTypeId).orElse(null);
		} catch (SQLException e) {
			throw new IllegalStateException("Reading the case type failed", e); //$NON-NLS-1$
		}
	}

	static TeamRef team(EntityManager em, Long teamId) {
		return teamId == null ? null
				: Jdbc.first(Jdbc.of(em), "SELECT id, organization_id, name FROM team WHERE id = ?", //$NON-NLS-1$
						row -> new TeamRef(row.getLong(1), row.getLong(2), row.getString(3)), teamId).orElse(null);
	}

	static Note note(EntityManager em, NoteEntity row) {
		return new Note(row.getId(), row.getCaseId(), user(em, row.getAuthorId()), row.getCreatedAt(),
				row.getEditedAt(), row.getBody());
	}

	static UserRef user(EntityManager em, long userId) {
		UserAccount user = em.find(UserAccount.class, userId);
		return user == null ? new UserRef(userId, "?", "#" + userId, 0) : user.toRef(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The project's workflow, named in the user's language. */
	static Workflow workflow(EntityManager em, long projectId) {
		try {
			return Workflows.localized(em.unwrap(Connection.class), projectId);
		} catch (SQLException e) {
			throw new IllegalStateException("Reading the workflow failed", e); //$NON-NLS-1$
		}
	}
}
