package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.TimelineService;
import org.carebench.core.ActivityLog;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Case timelines: their activities read, completed and rescheduled, checked and logged as every case change. */
@Component(service = TimelineService.class)
public class TimelineServiceImpl implements TimelineService {

	private static final int MAX_UPCOMING = 500;

	private final ServiceContext context;
	private final CaseWork work;

	@Activate
	public TimelineServiceImpl(@Reference ServiceContext context) {
		this.context = context;
		this.work = new CaseWork(context);
	}

	@Override
	public List<ScheduledActivity> activities(long caseId) {
		return work.read(caseId, (em, entity, user) -> select(em,
				Timelines.ACTIVITY_COLUMNS + " WHERE a.case_id = ? ORDER BY a.due_date, a.id", caseId)); //$NON-NLS-1$
	}

	@Override
	public ScheduledActivity complete(long activityId) {
		return change(activityId, (edit, activity) -> {
			Jdbc.update(edit.connection(), "UPDATE case_activity SET status = ?, completed_at = ?, completed_by = ?" //$NON-NLS-1$
					+ " WHERE id = ?", ScheduledActivity.Status.COMPLETED.name(), //$NON-NLS-1$
					UtcInstantConverter.toTimestamp(edit.now()), edit.actor().userId(), activityId);
			edit.log(ActivityLog.ACTIVITY_COMPLETED, null, null, activity.name());
		});
	}

	@Override
	public ScheduledActivity reschedule(long activityId, LocalDate due) {
		return change(activityId, (edit, activity) -> {
			if (due.isBefore(context.day(edit.entity().getOpenedAt()))) {
				throw new ValidationException("due", Messages.CaseType_beforeOpening); //$NON-NLS-1$
			}
			Jdbc.update(edit.connection(), "UPDATE case_activity SET due_date = ? WHERE id = ?", Date.valueOf(due), //$NON-NLS-1$
					activityId);
			edit.log(ActivityLog.ACTIVITY_RESCHEDULED, activity.due().toString(), due.toString(), activity.name());
		});
	}

	@FunctionalInterface
	private interface ActivityChange {
		void apply(CaseEdit edit, ScheduledActivity activity);
	}

	/** Changes an activity still to do, of a case the user may edit. */
	private ScheduledActivity change(long activityId, ActivityChange change) {
		return work.change(em -> activity(em, activityId).caseId(), CaseWork.ANY_VERSION, Permission.CASE_EDIT,
				Messages.Action_changeActivity, edit -> {
					ScheduledActivity activity = activity(edit.em(), activityId);
					if (activity.status() != ScheduledActivity.Status.SCHEDULED) {
						throw new ValidationException("activity", //$NON-NLS-1$
								NLS.bind(Messages.CaseType_notScheduled, activity.name()));
					}
					change.apply(edit, activity);
					return activity(edit.em(), activityId);
				});
	}

	private static ScheduledActivity activity(EntityManager em, long activityId) {
		List<ScheduledActivity> found = select(em, Timelines.ACTIVITY_COLUMNS + " WHERE a.id = ?", activityId); //$NON-NLS-1$
		if (found.isEmpty()) {
			throw new NotFoundException(NLS.bind(Messages.CaseType_noSuchActivity, activityId));
		}
		return found.get(0);
	}

	@Override
	public List<ScheduledActivity> upcomingForMe(LocalDate until) {
		UserAccess user = context.user();
		if (user.system()) {
			return List.of();
		}
		return context.read(em -> {
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
		});
	}

	private static List<ScheduledActivity> select(EntityManager em, String sql, Object... values) {
		Map<Long, UserRef> users = new HashMap<>();
		List<ScheduledActivity> rows = new ArrayList<>();
		try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement(sql)) {
			Jdbc.bind(select, values);
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
		} catch (SQLException e) {
			throw new IllegalStateException("Timeline query failed", e); //$NON-NLS-1$
		}
		return rows;
	}
}
