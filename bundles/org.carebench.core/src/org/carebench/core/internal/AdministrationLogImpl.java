package org.carebench.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.carebench.core.AccessPolicy;
import org.carebench.core.Actor;
import org.carebench.core.AdministrationEntry;
import org.carebench.core.AdministrationLog;
import org.carebench.core.Permission;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.model.ActivityChain;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes the administration log's rows, one hash chain over all of them, and reads them back. */
@Component(service = AdministrationLog.class)
public class AdministrationLogImpl implements AdministrationLog {

	/** The chain key the administration log's seals carry (cases' chains carry the case's id, from 1). */
	static final long CHAIN = 0;
	private static final String COLUMNS = "id, occurred_at, actor_id, actor_label, action, subject_kind, subject_id," //$NON-NLS-1$
			+ " before_value, after_value"; //$NON-NLS-1$

	private final Transactions transactions;
	private final AccessPolicy access;
	private final Clock clock;

	@Activate
	public AdministrationLogImpl(@Reference Transactions transactions, @Reference AccessPolicy access) {
		this(transactions, access, Clock.systemUTC());
	}

	public AdministrationLogImpl(Transactions transactions, AccessPolicy access, Clock clock) {
		this.transactions = transactions;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public void record(EntityManager em, Actor actor, String action, Subject subject, String before, String after) {
		Connection connection = Jdbc.of(em);
		Instant now = clock.instant();
		Instant stored = UtcInstantConverter.toInstant(UtcInstantConverter.toTimestamp(now));
		String beforeValue = ActivityLogImpl.clip(before, ActivityLogImpl.VALUE_LENGTH);
		String afterValue = ActivityLogImpl.clip(after, ActivityLogImpl.VALUE_LENGTH);
		try {
			// the id first: reserving it locks the sequence's row until commit, so the next writer reads this
			// entry's seal as the last one and the chain cannot fork
			long id = IdBlocks.reserve(connection, "admin_log", 1); //$NON-NLS-1$
			String previous = Jdbc.first(connection,
					"SELECT entry_hash FROM admin_log ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", //$NON-NLS-1$
					row -> row.getString(1)).orElse(ActivityChain.START);
			String hash = ActivityChain.seal(previous, CHAIN, stored, actor.userId(), actor.label(), action,
					subject.kind(), subject.id(), beforeValue, afterValue);
			Jdbc.update(connection, "INSERT INTO admin_log (" + COLUMNS + ", prev_hash, entry_hash)" //$NON-NLS-1$ //$NON-NLS-2$
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, UtcInstantConverter.toTimestamp(now), //$NON-NLS-1$
					actor.userId(), actor.label(), action, subject.kind(), subject.id(), beforeValue, afterValue,
					previous, hash);
		} catch (SQLException e) {
			throw new IllegalStateException("Writing an administration-log entry failed", e); //$NON-NLS-1$
		}
	}

	@Override
	public List<AdministrationEntry> latest(int limit) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_readAdministrationLog);
		return transactions.read(em -> entries(em, "SELECT " + COLUMNS + " FROM admin_log ORDER BY id DESC" //$NON-NLS-1$ //$NON-NLS-2$
				+ " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<AdministrationEntry> about(Subject subject) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_readAdministrationLog);
		return transactions.read(em -> entries(em, "SELECT " + COLUMNS + " FROM admin_log" //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE subject_kind = ? AND subject_id = ? ORDER BY id", subject.kind(), subject.id())); //$NON-NLS-1$
	}

	private static List<AdministrationEntry> entries(EntityManager em, String sql, Object... values) {
		Map<Long, UserRef> actors = new HashMap<>();
		return Jdbc.list(Jdbc.of(em), sql, row -> {
			long actorId = row.getLong(3);
			Actor actor = row.wasNull() ? Actor.system(row.getString(4))
					: Actor.of(actors.computeIfAbsent(actorId, id -> ActivityLogImpl.actor(em, id)));
			long subjectId = row.getLong(7);
			Subject subject = new Subject(row.getString(6), row.wasNull() ? null : subjectId);
			return new AdministrationEntry(row.getLong(1), UtcInstantConverter.toInstant(row.getTimestamp(2)), actor,
					row.getString(5), subject, row.getString(8), row.getString(9));
		}, values);
	}
}
