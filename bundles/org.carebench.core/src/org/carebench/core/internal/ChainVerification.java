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
 * One pass over the activity log, case by case in the order of writing: each entry's seal recomputed and its link
 * to the one before checked, and each case compared with what it held at the previous checkpoint.
 */
final class ChainVerification {

	private final Connection connection;
	private final LogCheckpoint previous;
	private final Instant now;
	private final List<ChainReport.Break> breaks = new ArrayList<>();
	private final Map<Long, LogCheckpoint.Head> heads = new HashMap<>();
	private long entries;
	private long unchained;

	ChainVerification(Connection connection, LogCheckpoint previous, Instant now) {
		this.connection = connection;
		this.previous = previous;
		this.now = now;
	}

	ChainReport run() throws SQLException {
		// entries written since the log has been sealed must carry a seal: a removed one is tampering, not history
		// (ids follow the order of writing, whatever day an entry is dated)
		long firstSealed = Jdbc.first(connection, "SELECT MIN(id) FROM activity_log WHERE entry_hash IS NOT NULL", //$NON-NLS-1$
				row -> row.getObject(1) == null ? Long.MAX_VALUE : row.getLong(1)).orElse(Long.MAX_VALUE);
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1000);
			try (ResultSet row = statement.executeQuery("SELECT id, case_id, occurred_at, actor_id, actor_label," //$NON-NLS-1$
					+ " action, before_value, after_value, detail, prev_hash, entry_hash FROM activity_log" //$NON-NLS-1$
					+ " ORDER BY case_id, id")) { //$NON-NLS-1$
				CaseChain chain = null;
				while (row.next()) {
					long caseId = row.getLong(2);
					if (chain == null || chain.caseId != caseId) {
						close(chain);
						chain = new CaseChain(caseId);
					}
					entries++;
					chain.add(row, firstSealed);
				}
				close(chain);
			}
		}
		if (previous != null) {
			previous.cases().forEach((caseId, head) -> {
				if (!heads.containsKey(caseId)) {
					breaks.add(new ChainReport.Break(caseId, 0, NLS.bind(Messages.Chain_truncated, head.entries())));
				}
			});
		}
		return new ChainReport(heads.size(), entries, unchained, List.copyOf(breaks), new LogCheckpoint(now, heads));
	}

	private void close(CaseChain chain) {
		if (chain == null) {
			return;
		}
		heads.put(chain.caseId, new LogCheckpoint.Head(chain.count, chain.lastSeal));
		LogCheckpoint.Head then = previous == null ? null : previous.cases().get(chain.caseId);
		if (then == null) {
			return;
		}
		if (chain.count < then.entries()) {
			breaks.add(new ChainReport.Break(chain.caseId, 0,
					NLS.bind(Messages.Chain_truncated, then.entries() - chain.count)));
		} else if (then.lastSeal() != null && !then.lastSeal().equals(chain.sealAtCheckpoint)) {
			breaks.add(new ChainReport.Break(chain.caseId, 0, Messages.Chain_rewritten));
		}
	}

	/** One case's entries as they are read. */
	private final class CaseChain {
		final long caseId;
		final long checkpointCount;
		long count;
		String link = ActivityChain.START;
		String lastSeal;
		String sealAtCheckpoint;

		CaseChain(long caseId) {
			this.caseId = caseId;
			LogCheckpoint.Head then = previous == null ? null : previous.cases().get(caseId);
			this.checkpointCount = then == null ? -1 : then.entries();
		}

		void add(ResultSet row, long firstSealed) throws SQLException {
			long id = row.getLong(1);
			count++;
			String stored = row.getString(11);
			lastSeal = stored;
			if (count == checkpointCount) {
				sealAtCheckpoint = stored;
			}
			if (stored == null) {
				if (!link.equals(ActivityChain.START) || id > firstSealed) {
					breaks.add(new ChainReport.Break(caseId, id, Messages.Chain_unsealed));
				} else {
					unchained++;
				}
				return;
			}
			Long actorId = row.getLong(4);
			if (row.wasNull()) {
				actorId = null;
			}
			String recomputed = ActivityChain.hash(row.getString(10), caseId,
					UtcInstantConverter.toInstant(row.getTimestamp(3)), actorId, row.getString(5), row.getString(6),
					row.getString(7), row.getString(8), row.getString(9));
			if (!link.equals(row.getString(10))) {
				breaks.add(new ChainReport.Break(caseId, id, Messages.Chain_missingBefore));
			} else if (!recomputed.equals(stored)) {
				breaks.add(new ChainReport.Break(caseId, id, Messages.Chain_changed));
			}
			link = stored;
		}
	}
}
