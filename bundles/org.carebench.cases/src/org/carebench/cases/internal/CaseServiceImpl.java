package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseCodes;
import org.carebench.cases.CaseCursor;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CasePage;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.CaseType;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.CloseRule;
import org.carebench.cases.NewCase;
import org.carebench.cases.Note;
import org.carebench.cases.Workflow;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.TeamRef;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Cases stored with JPA (changes) and read with SQL (lists). Every operation checks visibility and the permission
 * it needs first; every change is logged in its transaction.
 */
@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {

	/** Longest note accepted, in characters (the column's size). */
	public static final int MAX_NOTE_LENGTH = 4000;
	private static final int MAX_PAGE = 1000;
	private static final int NOTE_EXCERPT = 200;

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final ActivityLog activityLog;
	private final Clock clock;
	private final List<CloseRule> closeRules = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;

	@Activate
	public CaseServiceImpl(@Reference Transactions transactions, @Reference Session session,
			@Reference AccessPolicy access, @Reference ActivityLog activityLog) {
		this(transactions, session, access, activityLog, Clock.systemUTC());
	}

	public CaseServiceImpl(Transactions transactions, Session session, AccessPolicy access, ActivityLog activityLog,
			Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.access = access;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addCloseRule(CloseRule rule) {
		closeRules.add(rule);
	}

	public void removeCloseRule(CloseRule rule) {
		closeRules.remove(rule);
	}

	@Override
	public CaseDetails createCase(NewCase request) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		access.require(request.projectId(), Permission.CASE_CREATE, Messages.Action_createCase);
		CaseDetails created = transactions.write(em -> {
			ClientProfile client = em.find(ClientProfile.class, request.clientId());
			if (client == null) {
				throw new ValidationException("client", NLS.bind(Messages.Case_noSuchClient, request.clientId())); //$NON-NLS-1$
			}
			Project project = em.find(Project.class, request.projectId());
			if (project == null) {
				throw new ValidationException("project", NLS.bind(Messages.Case_noSuchProject, request.projectId())); //$NON-NLS-1$
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
			Instant now = clock.instant();
			CaseEntity entity = new CaseEntity();
			entity.setClientId(client.getId());
			entity.setProjectId(project.getId());
			entity.setOrganizationId(organization.getId());
			entity.setStatus(workflow.initial().orElseThrow(() -> new CarebenchException(Messages.Case_noOpenStatus))
					.code());
			entity.setOpenedAt(now);
			entity.setLastActivityAt(now);
			entity.setCode(project.getCode()); // completed below, once the id is allocated
			em.persist(entity);
			entity.setCode(CaseCodes.of(project.getCode(), entity.getId()));
			activityLog.record(em, entity.getId(), actor, ActivityLog.CASE_OPENED, null, entity.getCode(), null);
			if (request.assigneeId() != null) {
				assignInTransaction(em, user, actor, entity, request.assigneeId());
			}
			if (request.caseTypeId() != null) {
				applyCaseType(em, actor, entity, request);
			} else if (!request.roles().isEmpty()) {
				throw new ValidationException("roles", Messages.CaseType_rolesWithoutType); //$NON-NLS-1$
			}
			em.flush();
			return CaseDetailsReader.details(em, entity, user);
		});
		changed(created.id());
		return created;
	}

	/**
	 * Fills the roles of the case's type and schedules its activities. A role holder of a partner organization
	 * becomes a collaborator, so that he sees the case.
	 */
	private void applyCaseType(EntityManager em, Actor actor, CaseEntity entity, NewCase request) {
		Connection connection = em.unwrap(Connection.class);
		try {
			CaseType type = Timelines.caseType(connection, request.caseTypeId())
					.filter(t -> t.projectId() == entity.getProjectId())
					.orElseThrow(() -> new ValidationException("caseType", //$NON-NLS-1$
							NLS.bind(Messages.CaseType_notInProject, request.caseTypeId())));
			entity.setCaseTypeId(type.id());
			Map<String, UserRef> holders = new java.util.HashMap<>();
			for (Map.Entry<String, Long> role : request.roles().entrySet()) {
				CaseType.Role known = type.roles().stream().filter(r -> r.code().equals(role.getKey())).findFirst()
						.orElseThrow(() -> new ValidationException("roles", //$NON-NLS-1$
								NLS.bind(Messages.CaseType_noSuchRole, role.getKey(), type.name())));
				UserAccount holder = em.find(UserAccount.class, role.getValue());
				if (holder == null || !access.of(holder.toRef()).allows(entity.getProjectId(), Permission.CASE_VIEW)) {
					throw new ValidationException("roles", NLS.bind(Messages.Case_collaboratorNotInProject, //$NON-NLS-1$
							holder == null ? String.valueOf(role.getValue()) : holder.getDisplayName()));
				}
				holders.put(known.code(), holder.toRef());
				Timelines.update(connection, "INSERT INTO case_role_assignment (case_id, role_code, user_id) VALUES (?, ?, ?)", //$NON-NLS-1$
						entity.getId(), known.code(), holder.getId());
				activityLog.record(em, entity.getId(), actor, ActivityLog.ROLE_FILLED, known.name(),
						holder.getDisplayName(), null);
				if (holder.getOrganization().getId() != entity.getOrganizationId()) {
					sql(em, "INSERT INTO case_collaborator (case_id, user_id, added_at) VALUES (?, ?, CURRENT_TIMESTAMP)", //$NON-NLS-1$
							entity.getId(), holder.getId());
					activityLog.record(em, entity.getId(), actor, ActivityLog.COLLABORATOR_ADDED, null,
							holder.getDisplayName(), null);
				}
			}
			UserRef assignee = entity.getAssigneeId() == null ? null
					: em.find(UserAccount.class, entity.getAssigneeId()).toRef();
			for (ScheduledActivity activity : Timelines.schedule(connection, entity.getId(), entity.getCode(), type,
					entity.getOpenedAt(), holders, assignee)) {
				activityLog.record(em, entity.getId(), actor, ActivityLog.ACTIVITY_SCHEDULED, null,
						activity.name(), activity.due().toString());
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Scheduling the case's activities failed", e); //$NON-NLS-1$
		}
	}

	@Override
	public CasePage findCases(CaseQuery query, Optional<CaseCursor> after, int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new ValidationException("limit", NLS.bind(Messages.Case_pageSize, MAX_PAGE)); //$NON-NLS-1$
		}
		UserAccess user = access.current();
		return transactions.query(connection -> listSql(connection, query, user).page(connection, after, limit));
	}

	@Override
	public long[] findCaseIds(CaseQuery query) {
		UserAccess user = access.current();
		return transactions.query(connection -> listSql(connection, query, user).ids(connection));
	}

	private static CaseListSql listSql(Connection connection, CaseQuery query, UserAccess user) throws SQLException {
		Map<String, Integer> positions = new java.util.LinkedHashMap<>();
		if (query.sort() == org.carebench.cases.CaseSort.STATUS) {
			Workflows.statusesOf(connection, user.visibleProjects())
					.forEach(status -> positions.put(status.code(), status.position()));
		}
		SearchRuleSql rules = new SearchRuleSql(user,
				query.rules().isEmpty() ? Map.of() : SearchRuleSql.attributeTypes(connection, user.visibleProjects()),
				java.time.ZoneId.systemDefault());
		return new CaseListSql(query, user, positions, rules);
	}

	@Override
	public List<CaseSummary> getSummaries(long[] ids) {
		if (ids.length == 0) {
			return List.of();
		}
		UserAccess user = access.current();
		return transactions.query(connection -> CaseListSql.summaries(connection, ids, user));
	}

	@Override
	public Optional<CaseDetails> getCase(long caseId) {
		UserAccess user = access.current();
		return transactions.read(em -> {
			CaseEntity entity = em.find(CaseEntity.class, caseId);
			if (entity == null || !CaseAccessRules.visible(user, entity, CaseAccessRules.collaboratorIds(em, caseId))) {
				return Optional.empty();
			}
			return Optional.of(CaseDetailsReader.details(em, entity, user));
		});
	}

	@Override
	public CaseDetails changeStatus(long caseId, String statusCode, String closingReason, long expectedVersion) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = caseForUpdate(em, user, caseId, expectedVersion);
			Workflow workflow = CaseDetailsReader.workflow(em, entity.getProjectId());
			StatusTransitions.Move move = StatusTransitions.plan(workflow, entity.getStatus(), statusCode,
					closingReason);
			if (move.changesNothing()) {
				return CaseDetailsReader.details(em, entity, user);
			}
			access.require(entity.getProjectId(), move.permission(), move.action());
			if (move.to().closed()) {
				refuseUnlessCloseRulesPass(em, user, entity, workflow);
			}
			CaseStatus current = move.from();
			CaseStatus target = move.to();
			ClosingReason reason = move.reason();
			Instant now = clock.instant();
			entity.setStatus(target.code());
			entity.setClosedAt(target.closed() ? now : null);
			entity.setClosingReason(reason == null ? null : reason.code());
			entity.setLastActivityAt(now);
			activityLog.record(em, caseId, actor, ActivityLog.STATUS_CHANGED, current.code(), target.code(),
					reason == null ? null : reason.code());
			em.flush();
			return CaseDetailsReader.details(em, entity, user);
		});
		changed(caseId);
		return changed;
	}

	private void refuseUnlessCloseRulesPass(EntityManager em, UserAccess user, CaseEntity entity, Workflow workflow) {
		if (workflow.closeRules().isEmpty()) {
			return;
		}
		List<String> missing = StatusTransitions.missingToClose(workflow, closeRules,
				CaseDetailsReader.details(em, entity, user));
		if (!missing.isEmpty()) {
			throw StatusTransitions.closeRulesFailed(missing);
		}
	}

	@Override
	public CaseDetails assign(long caseId, Long userId, long expectedVersion) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = caseForUpdate(em, user, caseId, expectedVersion);
			if (!Objects.equals(entity.getAssigneeId(), userId)) {
				assignInTransaction(em, user, actor, entity, userId);
				em.flush();
			}
			return CaseDetailsReader.details(em, entity, user);
		});
		changed(caseId);
		return changed;
	}

	/**
	 * Assigns within a unit of work: oneself with {@link Permission#CASE_ASSIGN_SELF}, anyone else (or nobody) with
	 * {@link Permission#CASE_ASSIGN}; the new assignee must be able to see the case.
	 */
	private void assignInTransaction(EntityManager em, UserAccess user, Actor actor, CaseEntity entity, Long userId) {
		boolean toSelf = !user.system() && userId != null && userId == user.user().id();
		boolean fromSelf = !user.system() && userId == null && entity.getAssigneeId() != null
				&& entity.getAssigneeId() == user.user().id();
		if ((toSelf || fromSelf) && user.allows(entity.getProjectId(), Permission.CASE_ASSIGN_SELF)) {
			// assigning oneself, or giving one's case back
		} else {
			access.require(entity.getProjectId(), Permission.CASE_ASSIGN, Messages.Action_assignCase);
		}
		UserAccount previous = entity.getAssigneeId() == null ? null
				: em.find(UserAccount.class, entity.getAssigneeId());
		UserAccount next = null;
		if (userId != null) {
			next = em.find(UserAccount.class, userId);
			if (next == null || !next.isActive() || !CaseAccessRules.visible(access.of(next.toRef()), entity,
					CaseAccessRules.collaboratorIds(em, entity.getId()))) {
				throw new ValidationException("assignee", NLS.bind(Messages.Case_assigneeCannotSee, //$NON-NLS-1$
						next == null ? String.valueOf(userId) : next.getDisplayName()));
			}
		}
		entity.setAssigneeId(userId);
		entity.setLastActivityAt(clock.instant());
		activityLog.record(em, entity.getId(), actor, ActivityLog.ASSIGNED,
				previous == null ? null : previous.getDisplayName(), next == null ? null : next.getDisplayName(), null);
	}

	@Override
	public CaseDetails assignTeam(long caseId, Long teamId, long expectedVersion) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = caseForUpdate(em, user, caseId, expectedVersion);
			access.require(entity.getProjectId(), Permission.CASE_ASSIGN, Messages.Action_assignCase);
			if (!Objects.equals(entity.getTeamId(), teamId)) {
				TeamRef before = CaseDetailsReader.team(em, entity.getTeamId());
				TeamRef after = CaseDetailsReader.team(em, teamId);
				if (teamId != null && (after == null || after.organizationId() != entity.getOrganizationId())) {
					throw new ValidationException("team", Messages.Case_teamOfOtherOrganization); //$NON-NLS-1$
				}
				entity.setTeamId(teamId);
				entity.setLastActivityAt(clock.instant());
				activityLog.record(em, caseId, actor, ActivityLog.TEAM_ASSIGNED, before == null ? null : before.name(),
						after == null ? null : after.name(), null);
				em.flush();
			}
			return CaseDetailsReader.details(em, entity, user);
		});
		changed(caseId);
		return changed;
	}

	@Override
	public Note addNote(long caseId, String text) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		String body = noteText(text);
		Note note = transactions.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.NOTE_ADD, Messages.Action_addNote);
			Instant now = clock.instant();
			NoteEntity row = new NoteEntity(caseId, authorId(user), now, body);
			em.persist(row);
			entity.setLastActivityAt(now);
			activityLog.record(em, caseId, actor, ActivityLog.NOTE_ADDED, null, null, excerpt(body));
			em.flush();
			return CaseDetailsReader.note(em, row);
		});
		changed(caseId);
		return note;
	}

	@Override
	public Note editNote(long noteId, String text) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		String body = noteText(text);
		Note note = transactions.write(em -> {
			NoteEntity row = noteForChange(em, user, noteId);
			String before = row.getBody();
			Instant now = clock.instant();
			row.edit(body, now);
			em.find(CaseEntity.class, row.getCaseId()).setLastActivityAt(now);
			activityLog.record(em, row.getCaseId(), actor, ActivityLog.NOTE_EDITED, excerpt(before), excerpt(body),
					null);
			em.flush();
			return CaseDetailsReader.note(em, row);
		});
		changed(note.caseId());
		return note;
	}

	@Override
	public void deleteNote(long noteId) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		long caseId = transactions.write(em -> {
			NoteEntity row = noteForChange(em, user, noteId);
			Instant now = clock.instant();
			row.delete(now);
			em.find(CaseEntity.class, row.getCaseId()).setLastActivityAt(now);
			activityLog.record(em, row.getCaseId(), actor, ActivityLog.NOTE_DELETED, excerpt(row.getBody()), null,
					null);
			return row.getCaseId();
		});
		changed(caseId);
	}

	/** A note the user may change: his own, or anyone's with {@link Permission#NOTE_EDIT_ANY}. */
	private NoteEntity noteForChange(EntityManager em, UserAccess user, long noteId) {
		NoteEntity row = em.find(NoteEntity.class, noteId);
		if (row == null || row.isDeleted()) {
			throw new NotFoundException(NLS.bind(Messages.Note_notFound, noteId));
		}
		CaseEntity entity = CaseAccessRules.visibleCase(em, user, row.getCaseId());
		boolean own = !user.system() && row.getAuthorId() == user.user().id();
		if (!own) {
			access.require(entity.getProjectId(), Permission.NOTE_EDIT_ANY, Messages.Action_changeOthersNote);
		}
		return row;
	}

	private static String noteText(String text) {
		if (text == null || text.isBlank()) {
			throw new ValidationException("note", Messages.Note_empty); //$NON-NLS-1$
		}
		String body = text.strip();
		if (body.length() > MAX_NOTE_LENGTH) {
			throw new ValidationException("note", NLS.bind(Messages.Note_tooLong, body.length(), MAX_NOTE_LENGTH)); //$NON-NLS-1$
		}
		return body;
	}

	/** Notes written by the system are stamped with no user; the log keeps the automation's name. */
	private static long authorId(UserAccess user) {
		return user.system() ? 0 : user.user().id();
	}

	@Override
	public CaseDetails share(long caseId, boolean shared, long expectedVersion) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = caseForUpdate(em, user, caseId, expectedVersion);
			access.require(entity.getProjectId(), Permission.CASE_SHARE, Messages.Action_shareCase);
			if (entity.isShared() != shared) {
				entity.setShared(shared);
				entity.setLastActivityAt(clock.instant());
				activityLog.record(em, caseId, actor, ActivityLog.SHARED, Boolean.toString(!shared),
						Boolean.toString(shared), null);
				em.flush();
			}
			return CaseDetailsReader.details(em, entity, user);
		});
		changed(caseId);
		return changed;
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
		Actor actor = session.actor();
		UserAccess user = access.current();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.COLLABORATOR_MANAGE, Messages.Action_manageCollaborators);
			UserAccount collaborator = em.find(UserAccount.class, userId);
			if (collaborator == null
					|| add && !access.of(collaborator.toRef()).allows(entity.getProjectId(), Permission.CASE_VIEW)) {
				throw new ValidationException("collaborator", NLS.bind(Messages.Case_collaboratorNotInProject, //$NON-NLS-1$
						collaborator == null ? String.valueOf(userId) : collaborator.getDisplayName()));
			}
			boolean present = CaseAccessRules.collaboratorIds(em, caseId).contains(userId);
			if (present != add) {
				sql(em, add ? "INSERT INTO case_collaborator (case_id, user_id, added_at) VALUES (?, ?, CURRENT_TIMESTAMP)" //$NON-NLS-1$
						: "DELETE FROM case_collaborator WHERE case_id = ? AND user_id = ?", caseId, userId); //$NON-NLS-1$
				entity.setLastActivityAt(clock.instant());
				activityLog.record(em, caseId, actor, add ? ActivityLog.COLLABORATOR_ADDED : ActivityLog.COLLABORATOR_REMOVED,
						add ? null : collaborator.getDisplayName(), add ? collaborator.getDisplayName() : null, null);
				em.flush();
			}
			return CaseDetailsReader.details(em, entity, user);
		});
		changed(caseId);
		return changed;
	}

	@Override
	public List<CaseStatus> statuses() {
		UserAccess user = access.current();
		return transactions.query(connection -> Workflows.statusesOf(connection, user.visibleProjects()));
	}

	@Override
	public Workflow workflow(long projectId) {
		return transactions.query(connection -> Workflows.of(connection, projectId));
	}

	@Override
	public Workflow defineWorkflow(long projectId, Workflow workflow) {
		access.require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_defineWorkflow);
		WorkflowValidation.check(workflow);
		return transactions.write(em -> {
			Connection connection = em.unwrap(Connection.class);
			try {
				for (String used : Workflows.statusesInUse(connection, projectId)) {
					if (workflow.status(used).isEmpty()) {
						throw new ValidationException("statuses", NLS.bind(Messages.Workflow_statusInUse, used)); //$NON-NLS-1$
					}
				}
				Workflows.define(connection, projectId, workflow);
				return Workflows.of(connection, projectId);
			} catch (SQLException e) {
				throw new IllegalStateException("Saving the workflow failed", e); //$NON-NLS-1$
			}
		});
	}

	@Override
	public List<ActivityEntry> activityLog(long caseId) {
		UserAccess user = access.current();
		transactions.read(em -> CaseAccessRules.visibleCase(em, user, caseId));
		return activityLog.forCase(caseId);
	}

	/** The case, provided the user sees it and nobody changed it since he read {@code expectedVersion}. */
	private static CaseEntity caseForUpdate(EntityManager em, UserAccess user, long caseId, long expectedVersion) {
		CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
		if (expectedVersion != ANY_VERSION && entity.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException(NLS.bind(Messages.Case_changedMeanwhile, entity.getCode()));
		}
		return entity;
	}

	private static void sql(EntityManager em, String statement, long first, long second) {
		try (PreparedStatement update = em.unwrap(Connection.class).prepareStatement(statement)) {
			update.setLong(1, first);
			update.setLong(2, second);
			update.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(statement, e);
		}
	}

	private static String excerpt(String body) {
		return body.length() <= NOTE_EXCERPT ? body : body.substring(0, NOTE_EXCERPT - 1) + "\u2026"; //$NON-NLS-1$
	}

	private void changed(long caseId) {
		CaseChanges.post(eventAdmin, caseId);
	}
}
