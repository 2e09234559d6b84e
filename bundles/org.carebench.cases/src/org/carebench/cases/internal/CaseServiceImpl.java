package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carebench.cases.CaseCursor;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CasePage;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.CaseType;
import org.carebench.cases.NewCase;
import org.carebench.cases.NewCaseChoices;
import org.carebench.cases.OpenCase;
import org.carebench.cases.Workflow;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.Permission;
import org.carebench.core.ProjectRef;
import org.carebench.core.ServiceContext;
import org.carebench.core.TeamRef;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cases stored with JPA (changes) and read with SQL (lists). Every change goes through {@link CaseWork}: the user
 * must see the case and hold the permission, and the change is logged in its unit of work.
 */
@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {

	private static final int MAX_PAGE = 1000;

	private final ServiceContext context;
	private final CaseWork work;
	private final CloseRules closeRules;

	@Activate
	public CaseServiceImpl(@Reference ServiceContext context, @Reference CloseRules closeRules) {
		this.context = context;
		this.work = new CaseWork(context);
		this.closeRules = closeRules;
	}

	@Override
	public CaseDetails createCase(NewCase request) {
		CaseDetails created = new CaseOpening(context).open(request);
		work.changed(created.id());
		return created;
	}

	@Override
	public List<NewCaseChoices> newCaseChoices() {
		UserAccess user = context.user();
		return context.query(connection -> {
			List<NewCaseChoices> choices = new java.util.ArrayList<>();
			for (ProjectRef project : Jdbc.list(connection, "SELECT id, network_id, code, name FROM project ORDER BY name", //$NON-NLS-1$
					row -> new ProjectRef(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)))) {
				if (user.system() || !user.allows(project.id(), Permission.CASE_CREATE)) {
					continue; // the system opens cases through the services, not through this dialog
				}
				long organization = user.user().organizationId();
				List<UserRef> viewers = ProjectPeople.viewers(connection, project.id());
				choices.add(new NewCaseChoices(project, organization, Timelines.caseTypes(connection, project.id()),
						viewers.stream().filter(viewer -> viewer.organizationId() == organization).toList(), viewers));
			}
			return choices;
		});
	}

	@Override
	public CasePage findCases(CaseQuery query, Optional<CaseCursor> after, int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new ValidationException("limit", NLS.bind(Messages.Case_pageSize, MAX_PAGE)); //$NON-NLS-1$
		}
		UserAccess user = context.user();
		return context.query(connection -> listSql(connection, query, user).page(connection, after, limit));
	}

	@Override
	public long[] findCaseIds(CaseQuery query) {
		UserAccess user = context.user();
		return context.query(connection -> listSql(connection, query, user).ids(connection));
	}

	private CaseListSql listSql(Connection connection, CaseQuery query, UserAccess user) throws SQLException {
		Map<String, Integer> positions = new java.util.LinkedHashMap<>();
		if (query.sort() == CaseSort.STATUS) {
			Workflows.statusesOf(connection, user.visibleProjects())
					.forEach(status -> positions.put(status.code(), status.position()));
		}
		SearchRuleSql rules = new SearchRuleSql(user,
				query.rules().isEmpty() ? Map.of() : SearchRuleSql.attributeTypes(connection, user.visibleProjects()),
				context.zone());
		return new CaseListSql(query, user, positions, rules);
	}

	@Override
	public List<CaseSummary> getSummaries(long[] ids) {
		if (ids.length == 0) {
			return List.of();
		}
		UserAccess user = context.user();
		return context.query(connection -> CaseListSql.summaries(connection, ids, user));
	}

	@Override
	public Optional<CaseDetails> getCase(long caseId) {
		UserAccess user = context.user();
		return context.read(em -> {
			CaseEntity entity = em.find(CaseEntity.class, caseId);
			if (entity == null || !CaseAccessRules.visible(user, entity, CaseAccessRules.collaboratorIds(em, caseId))) {
				return Optional.empty();
			}
			return Optional.of(CaseDetailsReader.details(em, entity, user));
		});
	}

	@Override
	public OpenCase open(long caseId) {
		OpenCaseReader reader = new OpenCaseReader(context.access(), context.activityLog());
		return work.read(caseId, (em, entity, user) -> reader.read(em, entity, user));
	}

	@Override
	public CaseDetails changeStatus(long caseId, String statusCode, String closingReason, long expectedVersion) {
		return work.change(caseId, expectedVersion, null, null, edit -> {
			CaseEntity entity = edit.entity();
			Workflow workflow = CaseDetailsReader.workflow(edit.em(), entity.getProjectId());
			StatusTransitions.Move move = StatusTransitions.plan(workflow, entity.getStatus(), statusCode,
					closingReason);
			if (!move.changesNothing()) {
				edit.require(move.permission(), move.action());
				if (move.to().closed() && !workflow.closeRules().isEmpty()) {
					closeRules.refuseUnlessPassed(workflow, CaseDetailsReader.details(edit.em(), entity, edit.user()));
				}
				edit.em().flush();
				try {
					List<ActivityLog.Entry> entries = StatusMoves.write(edit.connection(),
							List.of(new StatusMoves.Planned(entity.getId(), entity.getProjectId(), move)), edit.now());
					context.activityLog().recordAll(edit.em(), edit.actor(), entries);
				} catch (SQLException e) {
					throw new IllegalStateException("Changing the status failed", e); //$NON-NLS-1$
				}
				edit.logged();
				edit.em().refresh(entity);
			}
			return CaseDetailsReader.details(edit.em(), entity, edit.user());
		});
	}

	@Override
	public CaseDetails assign(long caseId, Long userId, long expectedVersion) {
		return work.change(caseId, expectedVersion, null, null, edit -> {
			if (!Objects.equals(edit.entity().getAssigneeId(), userId)) {
				Assignments.assign(edit, context.access(), userId);
			}
			return CaseDetailsReader.details(edit.em(), edit.entity(), edit.user());
		});
	}

	@Override
	public CaseDetails assignTeam(long caseId, Long teamId, long expectedVersion) {
		return work.change(caseId, expectedVersion, Permission.CASE_ASSIGN, Messages.Action_assignCase, edit -> {
			CaseEntity entity = edit.entity();
			if (!Objects.equals(entity.getTeamId(), teamId)) {
				TeamRef before = CaseDetailsReader.team(edit.em(), entity.getTeamId());
				TeamRef after = CaseDetailsReader.team(edit.em(), teamId);
				if (teamId != null && (after == null || after.organizationId() != entity.getOrganizationId())) {
					throw new ValidationException("team", Messages.Case_teamOfOtherOrganization); //$NON-NLS-1$
				}
				entity.setTeamId(teamId);
				edit.log(ActivityLog.TEAM_ASSIGNED, before == null ? null : before.name(),
						after == null ? null : after.name(), null);
			}
			return CaseDetailsReader.details(edit.em(), entity, edit.user());
		});
	}

	@Override
	public CaseDetails share(long caseId, boolean shared, long expectedVersion) {
		return work.change(caseId, expectedVersion, Permission.CASE_SHARE, Messages.Action_shareCase, edit -> {
			if (edit.entity().isShared() != shared) {
				edit.entity().setShared(shared);
				edit.log(ActivityLog.SHARED, Boolean.toString(!shared), Boolean.toString(shared), null);
			}
			return CaseDetailsReader.details(edit.em(), edit.entity(), edit.user());
		});
	}

	@Override
	public CaseDetails addCollaborator(long caseId, long userId) {
		return changeCollaborator(caseId, userId, true);
	}

	@Override
	public CaseDetails removeCollaborator(long caseId, long userId) {
		return changeCollaborator(caseId, userId, false);
	}

	private CaseDetails changeCollaborator(long caseId, long userId, boolean add) {
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.COLLABORATOR_MANAGE,
				Messages.Action_manageCollaborators, edit -> {
					UserAccount collaborator = add ? CaseOpening.roleHolder(edit, userId)
							: edit.em().find(UserAccount.class, userId);
					boolean present = CaseAccessRules.collaboratorIds(edit.em(), caseId).contains(userId);
					if (collaborator != null && present != add) {
						Jdbc.update(edit.connection(), add ? CaseOpening.COLLABORATOR_INSERT
								: "DELETE FROM case_collaborator WHERE case_id = ? AND user_id = ?", caseId, userId); //$NON-NLS-1$
						edit.log(add ? ActivityLog.COLLABORATOR_ADDED : ActivityLog.COLLABORATOR_REMOVED,
								add ? null : collaborator.getDisplayName(), add ? collaborator.getDisplayName() : null,
								null);
					}
					return CaseDetailsReader.details(edit.em(), edit.entity(), edit.user());
				});
	}

	@Override
	public CaseDetails changeRoleHolder(long caseId, String roleCode, Long userId) {
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.COLLABORATOR_MANAGE,
				Messages.Action_manageCollaborators, edit -> {
					new RoleHolders(edit).change(roleCode, userId);
					return CaseDetailsReader.details(edit.em(), edit.entity(), edit.user());
				});
	}

	@Override
	public List<CaseStatus> statuses() {
		UserAccess user = context.user();
		return context.query(connection -> Workflows.statusesOf(connection, user.visibleProjects()));
	}

	@Override
	public List<ActivityEntry> activityLog(long caseId) {
		return work.read(caseId, (em, entity, user) -> context.activityLog().forCase(em, caseId));
	}

	/** The case type's roles of the case being edited. */
	private static CaseType typeOf(CaseEdit edit) {
		Long typeId = edit.entity().getCaseTypeId();
		CaseType type = typeId == null ? null : CaseDetailsReader.caseType(edit.em(), typeId);
		if (type == null) {
			throw new ValidationException("role", Messages.CaseType_noType); //$NON-NLS-1$
		}
		return type;
	}

	/** Who holds the roles of a case's type, and the change of a holder. */
	private static final class RoleHolders {
		private final CaseEdit edit;

		RoleHolders(CaseEdit edit) {
			this.edit = edit;
		}

		void change(String roleCode, Long userId) {
			CaseType type = typeOf(edit);
			CaseType.Role role = type.roles().stream().filter(r -> r.code().equals(roleCode)).findFirst()
					.orElseThrow(() -> new ValidationException("role", //$NON-NLS-1$
							NLS.bind(Messages.CaseType_noSuchRole, roleCode, type.name())));
			long caseId = edit.caseId();
			Connection connection = edit.connection();
			Long current = Jdbc.first(connection, "SELECT user_id FROM case_role_assignment WHERE case_id = ? AND role_code = ?", //$NON-NLS-1$
					row -> row.getLong(1), caseId, roleCode).orElse(null);
			if (Objects.equals(current, userId)) {
				return;
			}
			UserAccount next = userId == null ? null : CaseOpening.roleHolder(edit, userId);
			String before = current == null ? null : CaseDetailsReader.user(edit.em(), current).displayName();
			Jdbc.update(connection, "DELETE FROM case_role_assignment WHERE case_id = ? AND role_code = ?", caseId, //$NON-NLS-1$
					roleCode);
			if (next != null) {
				Jdbc.update(connection, "INSERT INTO case_role_assignment (case_id, role_code, user_id) VALUES (?, ?, ?)", //$NON-NLS-1$
						caseId, roleCode, next.getId());
				CaseOpening.collaborateIfPartner(edit, next);
			}
			// the role's activities still to do go to the new holder, or back to the case's assignee
			Long doer = next != null ? Long.valueOf(next.getId()) : edit.entity().getAssigneeId();
			Jdbc.update(connection, "UPDATE case_activity SET assignee_id = ? WHERE case_id = ? AND status = 'SCHEDULED'" //$NON-NLS-1$
					+ " AND code IN (SELECT code FROM case_type_activity WHERE case_type_id = ? AND role_code = ?)", //$NON-NLS-1$
					doer, caseId, type.id(), roleCode);
			edit.log(ActivityLog.ROLE_CHANGED, before, next == null ? null : next.getDisplayName(), role.name());
		}
	}
}
