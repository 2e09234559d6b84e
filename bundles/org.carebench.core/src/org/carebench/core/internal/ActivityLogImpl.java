package org.carebench.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.ChainReport;
import org.carebench.core.LogCheckpoint;
import org.carebench.core.Permission;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.model.ActivityChain;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes activity-log rows, each chained by hash to the case's previous one, and reads them back. */
@Component(service = ActivityLog.class)
public class ActivityLogImpl implements ActivityLog {

	static final int VALUE_LENGTH = 1000;
	static final int DETAIL_LENGTH = 4000;
	private static final int BATCH = 500;

	private final Transactions transactions;
	private final AccessPolicy access;
	private final Clock clock;

	@Activate
	public ActivityLogImpl(@Reference Transactions transactions, @Reference AccessPolicy access) {
		this(transactions, access, Clock.systemUTC());
	}

	public ActivityLogImpl(Transactions transactions, AccessPolicy access, Clock clock) {
		this.transactions = transactions;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Written with JDBC, as {@link #recordAll} writes, with an id reserved from the log's sequence at the time of
	 * writing: ids JPA handed out from blocks reserved earlier would sort a later entry before a bulk change's, and
	 * the chain is read in id order.
	 */
	@Override
	public void record(EntityManager em, long caseId, Actor actor, String action, String before, String after,
			String detail) {
		Connection connection = Jdbc.of(em);
		insert(connection, actor, List.of(new Entry(caseId, action, before, after, detail)),
				lastHashes(connection, new long[] { caseId }));
	}

	@Override
	public void recordAll(EntityManager em, Actor actor, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Connection connection = Jdbc.of(em);
		insert(connection, actor, entries,
				lastHashes(connection, entries.stream().mapToLong(Entry::caseId).distinct().toArray()));
	}

	@Override
	public void recordFirst(EntityManager em, Actor actor, List<Entry> entries) {
		if (!entries.isEmpty()) {
			insert(Jdbc.of(em), actor, entries, new HashMap<>());
		}
	}

	/** Inserts the entries in batches, each chained to {@code lastHashes} of its case, which it updates. */
	private void insert(Connection connection, Actor actor, List<Entry> entries, Map<Long, String> lastHashes) {
		Instant now = clock.instant();
		// what the database gives back: the hash covers the stored precision
		Instant stored = UtcInstantConverter.toInstant(UtcInstantConverter.toTimestamp(now));
		String insert = "INSERT INTO activity_log (id, case_id, occurred_at, actor_id, actor_label, action," //$NON-NLS-1$
				+ " before_value, after_value, detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			long id = IdBlocks.reserve(connection, "activity_log", entries.size()); //$NON-NLS-1$
			int pending = 0;
			for (Entry entry : entries) {
				String before = clip(entry.before(), VALUE_LENGTH);
				String after = clip(entry.after(), VALUE_LENGTH);
				String detail = clip(entry.detail(), DETAIL_LENGTH);
				String previous = lastHashes.getOrDefault(entry.caseId(), ActivityChain.START);
				String hash = ActivityChain.hash(previous, entry.caseId(), stored, actor.userId(), actor.label(),
						entry.action(), before, after, detail);
				lastHashes.put(entry.caseId(), hash);
				Jdbc.bind(statement, id++, entry.caseId(), UtcInstantConverter.toTimestamp(now), actor.userId(),
						actor.label(), entry.action(), before, after, detail, previous, hash);
				statement.addBatch();
				if (++pending == BATCH) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Writing activity-log entries failed", e); //$NON-NLS-1$
		}
	}

	/**
	 * The hash of the last entry of each case that has one: one indexed lookup per case. (One IN list with GROUP BY
	 * makes Derby scan the whole log of a large database.)
	 */
	private static Map<Long, String> lastHashes(Connection connection, long[] caseIds) {
		Map<Long, String> hashes = new HashMap<>(caseIds.length * 2);
		String sql = "SELECT entry_hash FROM activity_log WHERE case_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY"; //$NON-NLS-1$
		try (PreparedStatement last = connection.prepareStatement(sql)) {
			for (long caseId : caseIds) {
				last.setLong(1, caseId);
				try (ResultSet row = last.executeQuery()) {
					if (row.next()) {
						String hash = row.getString(1);
						hashes.put(caseId, hash == null ? ActivityChain.START : hash);
					}
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
		return hashes;
	}

	@Override
	public List<ActivityEntry> forCase(long caseId) {
		return transactions.read(em -> forCase(em, caseId));
	}

	@Override
	public List<ActivityEntry> forCase(EntityManager em, long caseId) {
		Map<Long, UserRef> actors = new HashMap<>();
		return Jdbc.list(Jdbc.of(em), "SELECT id, occurred_at, actor_id, actor_label, action, before_value, after_value," //$NON-NLS-1$
				+ " detail FROM activity_log WHERE case_id = ? ORDER BY id", row -> { //$NON-NLS-1$
					long actorId = row.getLong(3);
					Actor actor = row.wasNull() ? Actor.system(row.getString(4))
							: Actor.of(actors.computeIfAbsent(actorId, id -> actor(em, id)));
					return new ActivityEntry(row.getLong(1), caseId, UtcInstantConverter.toInstant(row.getTimestamp(2)),
							actor, row.getString(5), row.getString(6), row.getString(7), row.getString(8));
				}, caseId);
	}

	@Override
	public ChainReport verify(LogCheckpoint previous) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_verifyLog);
		return transactions.query(connection -> new ChainVerification(connection, previous, clock.instant()).run());
	}

	@Override
	public ChainReport verifyCopy(Connection copy, LogCheckpoint previous) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_verifyLog);
		try {
			return new ChainVerification(copy, previous, clock.instant()).run();
		} catch (SQLException e) {
			throw new IllegalStateException("The copy's activity log cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	static UserRef actor(EntityManager em, long userId) {
		UserAccount user = em.find(UserAccount.class, userId);
		return user == null ? new UserRef(userId, "?", "#" + userId, 0) : user.toRef(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026"; //$NON-NLS-1$
	}
}
