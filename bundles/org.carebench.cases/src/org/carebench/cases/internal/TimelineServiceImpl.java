package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseType;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.TimelineService;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Case types and case timelines; checks and logging as for every case change. */
@Component(service = TimelineService.class)
public class TimelineServiceImpl implements TimelineService {

	private static final int MAX_OFFSET = 3650;
	private static final int MAX_UPCOMING = 500;

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final ActivityLog activityLog;
	private final Clock clock;

	@Activate
	public TimelineServiceImpl(@Reference Transactions transactions, @Reference Session session,
			@Reference AccessPolicy access, @Reference ActivityLog activityLog) {
		this(transactions, session, access, activityLog, Clock.systemDefaultZone());
	}

	public TimelineServiceImpl(Transactions transactions, Session session, AccessPolicy access,
			ActivityLog activityLog, Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.access = access;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	@Override
	public CaseType defineCaseType(long projectId, CaseType type) {
		access.require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_defineCaseType);
		check(type);
		return transactions.write(em -> sql(() -> {
			Connection connection = em.unwrap(Connection.class);
			long id = Timelines.save(connection, projectId, type);
			return Timelines.caseType(connection, id).orElseThrow();
		}));
	}

	/** A case type must have a name, unique codes, and activities that follow only earlier ones. */
	private static void check(CaseType type) {
		code("code", type.code()); //$NON-NLS-1$
		text("name", type.name()); //$NON-NLS-1$
		Set<String> roles = new HashSet<>();
		for (CaseType.Role role : type.roles()) {
			code("roles", role.code()); //$NON-NLS-1$
			text("roles", role.name()); //$NON-NLS-1$
			if (!roles.add(role.code())) {
				throw new ValidationException("roles", NLS.bind(Messages.Workflow_duplicateCode, role.code())); //$NON-NLS-1$
			}
		}
		Set<String> earlier = new HashSet<>();
		for (CaseType.Activity activity : type.activities()) {
			code("activities", activity.code()); //$NON-NLS-1$
			text("activities", activity.name()); //$NON-NLS-1$
			if (activity.offsetDays() < 0 || activity.offsetDays() > MAX_OFFSET) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.CaseType_badOffset, activity.name(), MAX_OFFSET));
			}
			if (activity.relativeTo() != null && !earlier.contains(activity.relativeTo())) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.CaseType_followsLater, activity.name(), activity.relativeTo()));
			}
			if (activity.roleCode() != null && !roles.contains(activity.roleCode())) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.CaseType_noSuchRole, activity.roleCode(), type.name()));
			}
			if (!earlier.add(activity.code())) {
				throw new ValidationException("activities", NLS.bind(Messages.Workflow_duplicateCode, activity.code())); //$NON-NLS-1$
			}
		}
	}

	private static void code(String field, String code) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) { //$NON-NLS-1$
			throw new ValidationException(field, NLS.bind(Messages.Workflow_badCode, code, "")); //$NON-NLS-1$
		}
	}

	private static void text(String field, String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new ValidationException(field, NLS.bind(Messages.Workflow_badCode, field, name));
		}
	}

	@Override
	public List<CaseType> caseTypes(long projectId) {
		access.require(projectId, Permission.CASE_VIEW, Messages.Action_viewCaseTypes);
		return transactions.query(connection -> Timelines.caseTypes(connection, projectId));
	}

	@Override
	public List<ScheduledActivity> activities(long caseId) {
		UserAccess user = access.current();
		return transactions.read(em -> {
			CaseAccessRules.visibleCase(em, user, caseId);
			return sql(() -> select(em, Timelines.ACTIVITY_COLUMNS + " WHERE a.case_id = ? ORDER BY a.due_date, a.id", //$NON-NLS-1$
					caseId));
		});
	}

	@Override
	public ScheduledActivity complete(long activityId) {
		return change(activityId, (em, activity) -> {
			Timelines.update(em.unwrap(Connection.class), "UPDATE case_activity SET status = ?, completed_at =" //$NON-NLS-1$
					+ " CURRENT_TIMESTAMP, completed_by = ? WHERE id = ?", ScheduledActivity.Status.COMPLETED.name(), //$NON-NLS-1$
					session.actor().userId(), activityId);
			return new String[] { ActivityLog.ACTIVITY_COMPLETED, null, null, activity.name() };
		});
	}

	@Override
	public ScheduledActivity reschedule(long activityId, LocalDate due) {
		return change(activityId, (em, activity) -> {
			CaseEntity theCase = em.find(CaseEntity.class, activity.caseId());
			if (due.isBefore(LocalDate.ofInstant(theCase.getOpenedAt(), ZoneId.systemDefault()))) {
				throw new ValidationException("due", Messages.CaseType_beforeOpening); //$NON-NLS-1$
			}
			Timelines.update(em.unwrap(Connection.class), "UPDATE case_activity SET due_date = ? WHERE id = ?", //$NON-NLS-1$
					Date.valueOf(due), activityId);
			return new String[] { ActivityLog.ACTIVITY_RESCHEDULED, activity.due().toString(), due.toString(),
					activity.name() };
		});
	}

	@FunctionalInterface
	private interface ActivityChange {
		/** Changes the activity; returns the log's action, before and after values, and detail. */
		String[] apply(EntityManager em, ScheduledActivity activity) throws SQLException;
	}

	/** Changes a scheduled activity of a case the user may edit, logging it and touching the case. */
	private ScheduledActivity change(long activityId, ActivityChange change) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		return transactions.write(em -> sql(() -> {
			List<ScheduledActivity> found = select(em, Timelines.ACTIVITY_COLUMNS + " WHERE a.id = ?", activityId); //$NON-NLS-1$
			if (found.isEmpty()) {
				throw new NotFoundException(NLS.bind(Messages.CaseType_noSuchActivity, activityId));
			}
			ScheduledActivity activity = found.get(0);
			CaseEntity theCase = CaseAccessRules.visibleCase(em, user, activity.caseId());
			access.require(theCase.getProjectId(), Permission.CASE_EDIT, Messages.Action_changeActivity);
			if (activity.status() != ScheduledActivity.Status.SCHEDULED) {
				throw new ValidationException("activity", NLS.bind(Messages.CaseType_notScheduled, activity.name())); //$NON-NLS-1$
			}
			String[] logged = change.apply(em, activity);
			theCase.setLastActivityAt(clock.instant());
			activityLog.record(em, activity.caseId(), actor, logged[0], logged[1], logged[2], logged[3]);
			em.flush();
			return select(em, Timelines.ACTIVITY_COLUMNS + " WHERE a.id = ?", activityId).get(0); //$NON-NLS-1$
		}));
	}

	@Override
	public List<ScheduledActivity> upcomingForMe(LocalDate until) {
		UserAccess user = access.current();
		if (user.system()) {
			return List.of();
		}
		return transactions.read(em -> sql(() -> {
			List<ScheduledActivity> mine = select(em, Timelines.ACTIVITY_COLUMNS
					+ " WHERE a.assignee_id = ? AND a.status = 'SCHEDULED' AND a.due_date <= ? ORDER BY a.due_date, a.id" //$NON-NLS-1$
					+ " FETCH FIRST " + MAX_UPCOMING + " ROWS ONLY", user.user().id(), Date.valueOf(until)); //$NON-NLS-1$ //$NON-NLS-2$
			List<ScheduledActivity> visible = new ArrayList<>();
			for (ScheduledActivity activity : mine) {
				CaseEntity theCase = em.find(CaseEntity.class, activity.caseId());
				if (CaseAccessRules.visible(user, theCase, CaseAccessRules.collaboratorIds(em, theCase.getId()))) {
					visible.add(activity);
				}
			}
			return visible;
		}));
	}

	private static List<ScheduledActivity> select(EntityManager em, String sql, Object... values) throws SQLException {
		Map<Long, UserRef> users = new HashMap<>();
		List<ScheduledActivity> rows = new ArrayList<>();
		try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				select.setObject(i + 1, values[i]);
			}
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					long assignee = row.getLong(8);
					if (!row.wasNull()) {
						users.computeIfAbsent(assignee, id -> {
							UserAccount account = em.find(UserAccount.class, id);
							return account == null ? null : account.toRef();
						});
					}
					rows.add(Timelines.activity(row, users));
				}
			}
		}
		return rows;
	}

	@FunctionalInterface
	private interface SqlWork<T> {
		T run() throws SQLException;
	}

	private static <T> T sql(SqlWork<T> work) {
		try {
			return work.run();
		} catch (SQLException e) {
			throw new IllegalStateException("Timeline query failed", e); //$NON-NLS-1$
		}
	}
}
