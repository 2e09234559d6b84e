package org.carebench.core.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.model.ActivityLogEntry;
import org.carebench.core.model.UserAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes and reads activity-log rows. */
@Component(service = ActivityLog.class)
public class ActivityLogImpl implements ActivityLog {

	static final int VALUE_LENGTH = 1000;
	static final int DETAIL_LENGTH = 4000;

	private final Transactions transactions;
	private final Clock clock;

	@Activate
	public ActivityLogImpl(@Reference Transactions transactions) {
		this(transactions, Clock.systemUTC());
	}

	public ActivityLogImpl(Transactions transactions, Clock clock) {
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void record(EntityManager em, long caseId, UserRef actor, String action, String before, String after,
			String detail) {
		em.persist(new ActivityLogEntry(caseId, clock.instant(), actor.id(), action, clip(before, VALUE_LENGTH),
				clip(after, VALUE_LENGTH), clip(detail, DETAIL_LENGTH)));
	}

	@Override
	public List<ActivityEntry> forCase(long caseId) {
		return transactions.read(em -> {
			List<ActivityLogEntry> rows = em
					.createQuery("SELECT a FROM ActivityLogEntry a WHERE a.caseId = :caseId ORDER BY a.id", //$NON-NLS-1$
							ActivityLogEntry.class)
					.setParameter("caseId", caseId).getResultList(); //$NON-NLS-1$
			Map<Long, UserRef> actors = new HashMap<>();
			return rows.stream().map(row -> new ActivityEntry(row.getId(), row.getCaseId(), row.getOccurredAt(),
					actors.computeIfAbsent(row.getActorId(), id -> actor(em, id)), row.getAction(), row.getBefore(),
					row.getAfter(), row.getDetail())).toList();
		});
	}

	private static UserRef actor(EntityManager em, long userId) {
		UserAccount user = em.find(UserAccount.class, userId);
		return user == null ? new UserRef(userId, "?", "#" + userId, 0) : user.toRef(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026"; //$NON-NLS-1$
	}
}
