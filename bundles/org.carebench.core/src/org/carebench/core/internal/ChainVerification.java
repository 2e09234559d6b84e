package org.carebench.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carebench.core.ChainReport;
import org.carebench.core.LogCheckpoint;
import org.carebench.core.model.ActivityChain;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;

/**
 * One pass over each log, chain by chain in the order of writing (the activity log has one chain per case, the
 * administration log one in all): each entry's seal recomputed and its link to the one before checked, and each
 * chain compared with what it held at the previous checkpoint.
 */
final class ChainVerification {

	/**
	 * A log as its chains are read: {@code query} gives id, chain key, occurred_at, the {@code sealed} fields in the
	 * order they are sealed, prev_hash and entry_hash, ordered by chain and id.
	 */
	private record LogTable(String log, String table, String query, int sealed) {
	}

	private static final LogTable ACTIVITY = new LogTable(ChainReport.ACTIVITY, "ACTIVITY_LOG", //$NON-NLS-1$
			"SELECT id, case_id, occurred_at, actor_id, actor_label, action, before_value, after_value, detail," //$NON-NLS-1$
					+ " prev_hash, entry_hash FROM activity_log ORDER BY case_id, id", //$NON-NLS-1$
			6);
	private static final LogTable ADMINISTRATION = new LogTable(ChainReport.ADMINISTRATION, "ADMIN_LOG", //$NON-NLS-1$
			"SELECT id, " + AdministrationLogImpl.CHAIN + ", occurred_at, actor_id, actor_label, action, subject_kind," //$NON-NLS-1$ //$NON-NLS-2$
					+ " subject_id, before_value, after_value, prev_hash, entry_hash FROM admin_log ORDER BY id", //$NON-NLS-1$
			7);

	private final Connection connection;
	private final LogCheckpoint previous;
	private final Instant now;
	private final List<ChainReport.Break> breaks = new ArrayList<>();
	private final Map<String, Long> entries = new HashMap<>();
	private long unchained;

	ChainVerification(Connection connection, LogCheckpoint previous, Instant now) {
		this.connection = connection;
		this.previous = previous;
		this.now = now;
	}

	ChainReport run() throws SQLException {
		Map<Long, LogCheckpoint.Head> cases = verify(ACTIVITY, previous == null ? Map.of() : previous.cases());
		LogCheckpoint.Head administrationThen = previous == null ? null : previous.administration();
		Map<Long, LogCheckpoint.Head> administration = Map.of();
		// a copy of a database from before the administration log has none
		if (exists(ADMINISTRATION.table())) {
			administration = verify(ADMINISTRATION, administrationThen == null ? Map.of()
					: Map.of(AdministrationLogImpl.CHAIN, administrationThen));
		}
		return new ChainReport(cases.size(), entries.getOrDefault(ACTIVITY.log(), 0L),
				entries.getOrDefault(ADMINISTRATION.log(), 0L), unchained, List.copyOf(breaks),
				new LogCheckpoint(now, cases, administration.get(AdministrationLogImpl.CHAIN)));
	}

	private boolean exists(String table) throws SQLException {
		try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
			return found.next();
		}
	}

	/** Verifies the chains of {@code log} against {@code then}, their heads at the previous checkpoint. */
	private Map<Long, LogCheckpoint.Head> verify(LogTable log, Map<Long, LogCheckpoint.Head> then)
			throws SQLException {
		// entries written since the log has been sealed must carry a seal: a removed one is tampering, not history
		// (ids follow the order of writing, whatever day an entry is dated)
		long firstSealed = Jdbc.first(connection, "SELECT MIN(id) FROM " + log.table() + " WHERE entry_hash IS NOT NULL", //$NON-NLS-1$ //$NON-NLS-2$
				row -> row.getObject(1) == null ? Long.MAX_VALUE : row.getLong(1)).orElse(Long.MAX_VALUE);
		Map<Long, LogCheckpoint.Head> heads = new HashMap<>();
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1000);
			try (ResultSet row = statement.executeQuery(log.query())) {
				Chain chain = null;
				while (row.next()) {
					long key = row.getLong(2);
					if (chain == null || chain.key != key) {
						close(chain, then, heads);
						chain = new Chain(log, key, then.get(key));
					}
					entries.merge(log.log(), 1L, Long::sum);
					chain.add(row, firstSealed);
				}
				close(chain, then, heads);
			}
		}
		then.forEach((key, head) -> {
			if (!heads.containsKey(key)) {
				breaks.add(new ChainReport.Break(log.log(), key, 0, NLS.bind(Messages.Chain_truncated, head.entries())));
			}
		});
		return heads;
	}

	private void close(Chain chain, Map<Long, LogCheckpoint.Head> then, Map<Long, LogCheckpoint.Head> heads) {
		if (chain == null) {
			return;
		}
		heads.put(chain.key, new LogCheckpoint.Head(chain.count, chain.lastSeal));
		LogCheckpoint.Head head = then.get(chain.key);
		if (head == null) {
			return;
		}
		if (chain.count < head.entries()) {
			breaks.add(new ChainReport.Break(chain.log.log(), chain.key, 0,
					NLS.bind(Messages.Chain_truncated, head.entries() - chain.count)));
		} else if (head.lastSeal() != null && !head.lastSeal().equals(chain.sealAtCheckpoint)) {
			breaks.add(new ChainReport.Break(chain.log.log(), chain.key, 0, Messages.Chain_rewritten));
		}
	}

	/** One chain's entries as they are read. */
	private final class Chain {
		final LogTable log;
		final long key;
		final long checkpointCount;
		long count;
		String link = ActivityChain.START;
		String lastSeal;
		String sealAtCheckpoint;

		Chain(LogTable log, long key, LogCheckpoint.Head then) {
			this.log = log;
			this.key = key;
			this.checkpointCount = then == null ? -1 : then.entries();
		}

		void add(ResultSet row, long firstSealed) throws SQLException {
			long id = row.getLong(1);
			count++;
			int linkColumn = 4 + log.sealed();
			String stored = row.getString(linkColumn + 1);
			lastSeal = stored;
			if (count == checkpointCount) {
				sealAtCheckpoint = stored;
			}
			if (stored == null) {
				if (!link.equals(ActivityChain.START) || id > firstSealed) {
					breaks.add(new ChainReport.Break(log.log(), key, id, Messages.Chain_unsealed));
				} else {
					unchained++;
				}
				return;
			}
			Object[] fields = new Object[log.sealed()];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = row.getObject(4 + i);
			}
			String recomputed = ActivityChain.seal(row.getString(linkColumn), key,
					UtcInstantConverter.toInstant(row.getTimestamp(3)), fields);
			if (!link.equals(row.getString(linkColumn))) {
				breaks.add(new ChainReport.Break(log.log(), key, id, Messages.Chain_missingBefore));
			} else if (!recomputed.equals(stored)) {
				breaks.add(new ChainReport.Break(log.log(), key, id, Messages.Chain_changed));
			}
			link = stored;
		}
	}
}
