package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseCodes;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseType;
import org.carebench.cases.NewCase;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.Workflow;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.CarebenchException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;

/**
 * Opens a case: checks the request, creates the case in its project's first open status, assigns it, fills the
 * roles of its type (the opener fills those that say so), and schedules the type's timeline, all logged in one
 * unit of work.
 */
final class CaseOpening {

	static final String COLLABORATOR_INSERT = "INSERT INTO case_collaborator (case_id, user_id, added_at)" //$NON-NLS-1$
			+ " VALUES (?, ?, CURRENT_TIMESTAMP)"; //$NON-NLS-1$

	private final ServiceContext context;

	CaseOpening(ServiceContext context) {
		this.context = context;
	}

	/** Creates the case; the caller posts its change once committed. */
	CaseDetails open(NewCase request) {
		Actor actor = context.actor();
		UserAccess user = context.user();
		return context.write(em -> {
			// what does not exist is said before what is not allowed: "no such project" helps, "forbidden" misleads
			Project project = em.find(Project.class, request.projectId());
			if (project == null) {
				throw new ValidationException("project", NLS.bind(Messages.Case_noSuchProject, request.projectId())); //$NON-NLS-1$
			}
			context.access().require(project.getId(), Permission.CASE_CREATE, Messages.Action_createCase);
			ClientProfile client = em.find(ClientProfile.class, request.clientId());
			if (client == null) {
				throw new ValidationException("client", NLS.bind(Messages.Case_noSuchClient, request.clientId())); //$NON-NLS-1$
			}
			Organization organization = em.find(Organization.class, request.organizationId());
			if (organization == null || !organization.getProjects().contains(project)) {
				throw new ValidationException("organization", //$NON-NLS-1$
						NLS.bind(Messages.Case_organizationNotInProject, request.organizationId(), project.getName()));
			}
			if (!user.system() && organization.getId() != user.user().organizationId()) {
				throw new ValidationException("organization", Messages.Case_notOwnOrganization); //$NON-NLS-1$
			}
			if (client.getNetworkId() != project.getNetwork().getId()) {
				throw new ValidationException("client", Messages.Case_clientOfOtherNetwork); //$NON-NLS-1$
			}
			Workflow workflow = CaseDetailsReader.workflow(em, project.getId());
			CaseEntity entity = new CaseEntity(client.getId(), project.getId(), organization.getId(),
					workflow.initial().orElseThrow(() -> new CarebenchException(Messages.Case_noOpenStatus)).code(),
					context.now());
			entity.setCode(project.getCode()); // completed below, once the id is allocated
			em.persist(entity);
			entity.setCode(CaseCodes.of(project.getCode(), entity.getId()));
			CaseEdit edit = new CaseEdit(em, entity, user, actor, context.now(), context.access(),
					context.activityLog());
			edit.log(ActivityLog.CASE_OPENED, null, entity.getCode(), null);
			if (request.assigneeId() != null) {
				Assignments.assign(edit, context.access(), request.assigneeId());
			}
			if (request.caseTypeId() != null) {
				applyCaseType(edit, request);
			} else if (!request.roles().isEmpty()) {
				throw new ValidationException("roles", Messages.CaseType_rolesWithoutType); //$NON-NLS-1$
			}
			em.flush();
			return CaseDetailsReader.details(em, entity, user);
		});
	}

	/**
	 * Fills the roles of the case's type and schedules its activities. A role holder of a partner organization
	 * becomes a collaborator, so that he sees the case.
	 */
	private void applyCaseType(CaseEdit edit, NewCase request) {
		EntityManager em = edit.em();
		CaseEntity entity = edit.entity();
		Connection connection = edit.connection();
		CaseType type = CaseDetailsReader.caseType(em, request.caseTypeId());
		if (type == null || type.projectId() != entity.getProjectId()) {
			throw new ValidationException("caseType", NLS.bind(Messages.CaseType_notInProject, request.caseTypeId())); //$NON-NLS-1$
		}
		entity.setCaseTypeId(type.id());
		for (String role : request.roles().keySet()) {
			if (type.roles().stream().noneMatch(r -> r.code().equals(role))) {
				throw new ValidationException("roles", NLS.bind(Messages.CaseType_noSuchRole, role, type.name())); //$NON-NLS-1$
			}
		}
		Map<String, UserRef> holders = new HashMap<>();
		for (CaseType.Role role : type.roles()) {
			Long holderId = request.roles().get(role.code());
			if (holderId == null && role.filledByOpener() && !edit.user().system()) {
				holderId = edit.user().user().id();
			}
			if (holderId != null) {
				holders.put(role.code(), fillRole(edit, role, holderId));
			}
		}
		UserRef assignee = entity.getAssigneeId() == null ? null
				: em.find(UserAccount.class, entity.getAssigneeId()).toRef();
		for (ScheduledActivity activity : Timelines.schedule(connection, entity.getId(), entity.getCode(), type,
				entity.getOpenedAt(), context.zone(), holders, assignee, edit.actor().userId())) {
			edit.log(ActivityLog.ACTIVITY_SCHEDULED, null, activity.name(), activity.due().toString());
			if (activity.status() == ScheduledActivity.Status.COMPLETED) {
				edit.log(ActivityLog.ACTIVITY_COMPLETED, null, null, activity.name());
			}
		}
	}

	/** Gives a role to a user who may see the project's cases; a partner's user becomes a collaborator. */
	static UserRef fillRole(CaseEdit edit, CaseType.Role role, long userId) {
		UserAccount holder = roleHolder(edit, userId);
		CaseEntity entity = edit.entity();
		Jdbc.update(edit.connection(), "INSERT INTO case_role_assignment (case_id, role_code, user_id) VALUES (?, ?, ?)", //$NON-NLS-1$
				entity.getId(), role.code(), holder.getId());
		edit.log(ActivityLog.ROLE_FILLED, role.name(), holder.getDisplayName(), null);
		collaborateIfPartner(edit, holder);
		return holder.toRef();
	}

	/** The user, provided he is active and his role lets him see the case's project. */
	static UserAccount roleHolder(CaseEdit edit, long userId) {
		UserAccount holder = edit.em().find(UserAccount.class, userId);
		if (holder == null || !holder.isActive() || !editAccess(edit, holder)) {
			throw new ValidationException("roles", NLS.bind(Messages.Case_collaboratorNotInProject, //$NON-NLS-1$
					holder == null ? String.valueOf(userId) : holder.getDisplayName()));
		}
		return holder;
	}

	private static boolean editAccess(CaseEdit edit, UserAccount holder) {
		return Jdbc.first(edit.connection(), "SELECT 1 FROM project_member m JOIN role_permission rp ON rp.role_id = m.role_id" //$NON-NLS-1$
				+ " WHERE m.user_id = ? AND m.project_id = ? AND rp.permission = ?", row -> Boolean.TRUE, //$NON-NLS-1$
				holder.getId(), edit.entity().getProjectId(), Permission.CASE_VIEW.name()).isPresent();
	}

	/** A user of another organization who works on the case is made a collaborator, so that he sees it. */
	static void collaborateIfPartner(CaseEdit edit, UserAccount user) {
		CaseEntity entity = edit.entity();
		if (user.getOrganization().getId() != entity.getOrganizationId()
				&& !CaseAccessRules.collaboratorIds(edit.em(), entity.getId()).contains(user.getId())) {
			Jdbc.update(edit.connection(), COLLABORATOR_INSERT, entity.getId(), user.getId());
			edit.log(ActivityLog.COLLABORATOR_ADDED, null, user.getDisplayName(), null);
		}
	}
}
