package org.carebench.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseCodes;
import org.carebench.cases.CaseCursor;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CasePage;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.NewCase;
import org.carebench.cases.Note;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.NotFoundException;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
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
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Cases stored with JPA (changes) and read with SQL (lists); every change is logged in its transaction. */
@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {

	/** Longest note accepted, in characters (the column's size). */
	public static final int MAX_NOTE_LENGTH = 4000;
	private static final int MAX_PAGE = 1000;
	private static final int NOTE_EXCERPT = 200;

	private final Transactions transactions;
	private final Session session;
	private final ActivityLog activityLog;
	private final Clock clock;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;

	@Activate
	public CaseServiceImpl(@Reference Transactions transactions, @Reference Session session,
			@Reference ActivityLog activityLog) {
		this(transactions, session, activityLog, Clock.systemUTC());
	}

	public CaseServiceImpl(Transactions transactions, Session session, ActivityLog activityLog, Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	@Override
	public CaseDetails createCase(NewCase request) {
		UserRef actor = session.requireUser();
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
			if (client.getNetworkId() != project.getNetwork().getId()) {
				throw new ValidationException("client", Messages.Case_clientOfOtherNetwork); //$NON-NLS-1$
			}
			if (request.assigneeId() != null) {
				activeUser(em, request.assigneeId());
			}
			Instant now = clock.instant();
			CaseEntity entity = new CaseEntity();
			entity.setClientId(client.getId());
			entity.setProjectId(project.getId());
			entity.setOrganizationId(organization.getId());
			entity.setStatus(initialStatus(em).code());
			entity.setAssigneeId(request.assigneeId());
			entity.setOpenedAt(now);
			entity.setLastActivityAt(now);
			entity.setCode(project.getCode()); // completed below, once the id is allocated
			em.persist(entity);
			entity.setCode(CaseCodes.of(project.getCode(), entity.getId()));
			activityLog.record(em, entity.getId(), actor, ActivityLog.CASE_OPENED, null, entity.getCode(), null);
			em.flush();
			return details(em, entity);
		});
		changed(created.id());
		return created;
	}

	@Override
	public CasePage findCases(CaseQuery query, Optional<CaseCursor> after, int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new ValidationException("limit", NLS.bind(Messages.Case_pageSize, MAX_PAGE)); //$NON-NLS-1$
		}
		return transactions.query(connection -> CaseListSql.page(connection, query, after, limit));
	}

	@Override
	public long[] findCaseIds(CaseQuery query) {
		return transactions.query(connection -> CaseListSql.ids(connection, query));
	}

	@Override
	public List<CaseSummary> getSummaries(long[] ids) {
		if (ids.length == 0) {
			return List.of();
		}
		return transactions.query(connection -> CaseListSql.summaries(connection, ids));
	}

	@Override
	public Optional<CaseDetails> getCase(long caseId) {
		return transactions.read(em -> Optional.ofNullable(em.find(CaseEntity.class, caseId))
				.map(entity -> details(em, entity)));
	}

	@Override
	public CaseDetails changeStatus(long caseId, String statusCode, long expectedVersion) {
		UserRef actor = session.requireUser();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = caseForUpdate(em, caseId, expectedVersion);
			Map<String, CaseStatus> statuses = statusesByCode(em);
			CaseStatus target = statuses.get(statusCode);
			if (target == null) {
				throw new ValidationException("status", NLS.bind(Messages.Case_noSuchStatus, statusCode)); //$NON-NLS-1$
			}
			CaseStatus current = statuses.get(entity.getStatus());
			if (target.code().equals(entity.getStatus())) {
				return details(em, entity);
			}
			Instant now = clock.instant();
			entity.setStatus(target.code());
			if (target.closed() && entity.getClosedAt() == null) {
				entity.setClosedAt(now);
			} else if (!target.closed()) {
				entity.setClosedAt(null);
			}
			entity.setLastActivityAt(now);
			activityLog.record(em, caseId, actor, ActivityLog.STATUS_CHANGED,
					current == null ? entity.getStatus() : current.code(), target.code(), null);
			em.flush();
			return details(em, entity);
		});
		changed(caseId);
		return changed;
	}

	@Override
	public CaseDetails assign(long caseId, Long userId, long expectedVersion) {
		UserRef actor = session.requireUser();
		CaseDetails changed = transactions.write(em -> {
			CaseEntity entity = caseForUpdate(em, caseId, expectedVersion);
			if (Objects.equals(entity.getAssigneeId(), userId)) {
				return details(em, entity);
			}
			UserAccount previous = entity.getAssigneeId() == null ? null
					: em.find(UserAccount.class, entity.getAssigneeId());
			UserAccount next = userId == null ? null : activeUser(em, userId);
			entity.setAssigneeId(userId);
			entity.setLastActivityAt(clock.instant());
			activityLog.record(em, caseId, actor, ActivityLog.ASSIGNED,
					previous == null ? null : previous.getDisplayName(), next == null ? null : next.getDisplayName(),
					null);
			em.flush();
			return details(em, entity);
		});
		changed(caseId);
		return changed;
	}

	@Override
	public Note addNote(long caseId, String text) {
		UserRef actor = session.requireUser();
		if (text == null || text.isBlank()) {
			throw new ValidationException("note", Messages.Note_empty); //$NON-NLS-1$
		}
		String body = text.strip();
		if (body.length() > MAX_NOTE_LENGTH) {
			throw new ValidationException("note", NLS.bind(Messages.Note_tooLong, body.length(), MAX_NOTE_LENGTH)); //$NON-NLS-1$
		}
		Note note = transactions.write(em -> {
			CaseEntity entity = existingCase(em, caseId);
			Instant now = clock.instant();
			NoteEntity row = new NoteEntity(caseId, actor.id(), now, body);
			em.persist(row);
			entity.setLastActivityAt(now);
			activityLog.record(em, caseId, actor, ActivityLog.NOTE_ADDED, null, null, excerpt(body));
			em.flush();
			return new Note(row.getId(), caseId, actor, now, body);
		});
		changed(caseId);
		return note;
	}

	@Override
	public List<CaseStatus> statuses() {
		return transactions.read(CaseServiceImpl::statusList);
	}

	@Override
	public List<ActivityEntry> activityLog(long caseId) {
		return activityLog.forCase(caseId);
	}

	private static List<CaseStatus> statusList(EntityManager em) {
		return em.createQuery("SELECT s FROM CaseStatusEntity s ORDER BY s.position", CaseStatusEntity.class) //$NON-NLS-1$
				.getResultList().stream().map(CaseStatusEntity::toStatus).toList();
	}

	private static Map<String, CaseStatus> statusesByCode(EntityManager em) {
		return statusList(em).stream()
				.collect(java.util.stream.Collectors.toMap(CaseStatus::code, s -> s, (a, b) -> a,
						java.util.LinkedHashMap::new));
	}

	private static CaseStatus initialStatus(EntityManager em) {
		return statusList(em).stream().filter(s -> !s.closed()).findFirst()
				.orElseThrow(() -> new CarebenchException(Messages.Case_noOpenStatus));
	}

	private static CaseEntity existingCase(EntityManager em, long caseId) {
		CaseEntity entity = em.find(CaseEntity.class, caseId);
		if (entity == null) {
			throw new NotFoundException(NLS.bind(Messages.Case_notFound, caseId));
		}
		return entity;
	}

	/** The case, provided nobody changed it since the user read {@code expectedVersion}. */
	private static CaseEntity caseForUpdate(EntityManager em, long caseId, long expectedVersion) {
		CaseEntity entity = existingCase(em, caseId);
		if (entity.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException(NLS.bind(Messages.Case_changedMeanwhile, entity.getCode()));
		}
		return entity;
	}

	private static UserAccount activeUser(EntityManager em, long userId) {
		UserAccount user = em.find(UserAccount.class, userId);
		if (user == null || !user.isActive()) {
			throw new ValidationException("assignee", NLS.bind(Messages.Case_noSuchUser, userId)); //$NON-NLS-1$
		}
		return user;
	}

	private CaseDetails details(EntityManager em, CaseEntity entity) {
		ClientProfile client = em.find(ClientProfile.class, entity.getClientId());
		Project project = em.find(Project.class, entity.getProjectId());
		Organization organization = em.find(Organization.class, entity.getOrganizationId());
		UserAccount assignee = entity.getAssigneeId() == null ? null
				: em.find(UserAccount.class, entity.getAssigneeId());
		CaseStatus status = statusesByCode(em).getOrDefault(entity.getStatus(),
				new CaseStatus(entity.getStatus(), entity.getStatus(), false, Integer.MAX_VALUE));
		List<Note> notes = em
				.createQuery("SELECT n FROM NoteEntity n WHERE n.caseId = :caseId ORDER BY n.createdAt DESC, n.id DESC", //$NON-NLS-1$
						NoteEntity.class)
				.setParameter("caseId", entity.getId()).getResultList().stream() //$NON-NLS-1$
				.map(row -> new Note(row.getId(), row.getCaseId(), author(em, row.getAuthorId()), row.getCreatedAt(),
						row.getBody()))
				.toList();
		return new CaseDetails(entity.getId(), entity.getCode(), client.toRef(),
				new ProjectRef(project.getId(), project.getNetwork().getId(), project.getCode(), project.getName()),
				new OrganizationRef(organization.getId(), organization.getNetwork().getId(), organization.getName()),
				status, assignee == null ? null : assignee.toRef(), entity.getOpenedAt(), entity.getClosedAt(),
				entity.getLastActivityAt(), entity.getVersion(), notes);
	}

	private static UserRef author(EntityManager em, long userId) {
		UserAccount user = em.find(UserAccount.class, userId);
		return user == null ? new UserRef(userId, "?", "#" + userId, 0) : user.toRef(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String excerpt(String body) {
		return body.length() <= NOTE_EXCERPT ? body : body.substring(0, NOTE_EXCERPT - 1) + "\u2026"; //$NON-NLS-1$
	}

	private void changed(long caseId) {
		EventAdmin events = eventAdmin;
		if (events != null) {
			events.postEvent(new Event(CaseEvents.CHANGED, Map.of(CaseEvents.CASE_ID, caseId)));
		}
	}
}
