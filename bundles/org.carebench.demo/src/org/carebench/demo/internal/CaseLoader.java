package org.carebench.demo.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.carebench.cases.CaseCodes;
import org.carebench.core.ActivityLog;
import org.carebench.core.UserRef;
import org.carebench.core.model.ActivityChain;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UtcInstantConverter;
import org.carebench.demo.internal.DemoWorld.Agency;

/**
 * Inserts demo clients, cases, notes and "case opened" log rows with JDBC batches, one chunk per transaction: a
 * million cases must load in minutes, which entity by entity they would not.
 */
final class CaseLoader {

	/** Cases per transaction. */
	static final int CHUNK = 10_000;
	private static final int BATCH = 1_000;
	private static final int CLIENTS_PER_TEN_CASES = 3;
	private static final Duration HISTORY = Duration.ofDays(3 * 365);
	private static final List<String> CLOSING_REASONS = List.of("GOALS_MET", "GOALS_MET", "REFERRED", "WITHDREW", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"NO_CONTACT"); //$NON-NLS-1$

	private final DemoWorld world;
	private final Instant now;
	private final boolean withNotes;
	private final SplittableRandom random;

	CaseLoader(DemoWorld world, Instant now, boolean withNotes, long seed) {
		this.world = world;
		this.now = now;
		this.withNotes = withNotes;
		this.random = new SplittableRandom(seed);
	}

	/** Loads {@code count} cases with their clients; returns the number of clients created. */
	long loadChunk(Connection connection, int count) throws SQLException {
		int clientCount = Math.max(1, count * CLIENTS_PER_TEN_CASES / 10);
		long firstClient = IdBlocks.reserve(connection, "client_profile", clientCount); //$NON-NLS-1$
		int[] clientLanguage = insertClients(connection, firstClient, clientCount);
		long firstCase = IdBlocks.reserve(connection, "care_case", count); //$NON-NLS-1$
		long firstLog = IdBlocks.reserve(connection, "activity_log", count * (withNotes ? 2 : 1)); //$NON-NLS-1$
		long firstNote = withNotes ? IdBlocks.reserve(connection, "case_note", count) : 0; //$NON-NLS-1$
		try (PreparedStatement cases = connection.prepareStatement(
				"INSERT INTO care_case (id, code, client_id, project_id, organization_id, status, assignee_id," //$NON-NLS-1$
						+ " opened_at, closed_at, closing_reason, shared, last_activity_at, version)" //$NON-NLS-1$
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"); //$NON-NLS-1$
				PreparedStatement log = connection.prepareStatement(
						"INSERT INTO activity_log (id, case_id, occurred_at, actor_id, action, after_value, detail," //$NON-NLS-1$
								+ " prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement notes = connection.prepareStatement(
						"INSERT INTO case_note (id, case_id, author_id, created_at, body) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			long logId = firstLog;
			long noteId = firstNote;
			for (int i = 0; i < count; i++) {
				long caseId = firstCase + i;
				int clientIndex = random.nextInt(clientCount);
				Agency agency = world.agencies().get(random.nextInt(world.agencies().size()));
				var project = agency.projects().get(random.nextInt(agency.projects().size()));
				UserRef worker = agency.staff().get(random.nextInt(agency.staff().size()));
				Instant opened = now.minusSeconds(random.nextLong(HISTORY.toSeconds()));
				Instant lastActivity = opened.plusSeconds(random.nextLong(Duration.between(opened, now).toSeconds() + 1));
				String status = status(Duration.between(opened, now));
				String code = CaseCodes.of(project.code(), caseId);

				cases.setLong(1, caseId);
				cases.setString(2, code);
				cases.setLong(3, firstClient + clientIndex);
				cases.setLong(4, project.id());
				cases.setLong(5, agency.organization().id());
				cases.setString(6, status);
				if (random.nextInt(100) < 15) {
					cases.setNull(7, Types.BIGINT);
				} else {
					cases.setLong(7, worker.id());
				}
				boolean closed = "CLOSED".equals(status); //$NON-NLS-1$
				cases.setTimestamp(8, UtcInstantConverter.toTimestamp(opened));
				cases.setTimestamp(9, closed ? UtcInstantConverter.toTimestamp(lastActivity) : null);
				cases.setString(10, closed ? CLOSING_REASONS.get(random.nextInt(CLOSING_REASONS.size())) : null);
				cases.setBoolean(11, random.nextInt(100) < 3);
				cases.setTimestamp(12, UtcInstantConverter.toTimestamp(lastActivity));
				cases.addBatch();

				String chain = addLog(log, logId++, caseId, opened, worker, ActivityLog.CASE_OPENED, code, null,
						ActivityChain.START);
				if (withNotes && random.nextInt(100) < 30) {
					String text = Names.note(random, clientLanguage[clientIndex]);
					notes.setLong(1, noteId++);
					notes.setLong(2, caseId);
					notes.setLong(3, worker.id());
					notes.setTimestamp(4, UtcInstantConverter.toTimestamp(lastActivity));
					notes.setString(5, text);
					notes.addBatch();
					addLog(log, logId++, caseId, lastActivity, worker, ActivityLog.NOTE_ADDED, null, text, chain);
				}
				if ((i + 1) % BATCH == 0) {
					cases.executeBatch();
					log.executeBatch();
					notes.executeBatch();
				}
			}
			cases.executeBatch();
			log.executeBatch();
			notes.executeBatch();
		}
		return clientCount;
	}

	private int[] insertClients(Connection connection, long firstId, int count) throws SQLException {
		int[] languages = new int[count];
		try (PreparedStatement clients = connection.prepareStatement(
				"INSERT INTO client_profile (id, network_id, first_name, last_name, anonymous, birth_date, search_name," //$NON-NLS-1$
						+ " search_first) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			for (int i = 0; i < count; i++) {
				int language = Names.language(random);
				languages[i] = language;
				boolean anonymous = random.nextInt(100) < 5;
				String first = anonymous ? null : Names.first(random, language);
				String last = anonymous ? null : Names.last(random, language);
				clients.setLong(1, firstId + i);
				clients.setLong(2, world.network().id());
				clients.setString(3, first);
				clients.setString(4, last);
				clients.setBoolean(5, anonymous);
				clients.setDate(6, anonymous ? null
						: Date.valueOf(LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28))));
				clients.setString(7, anonymous ? null : SearchText.nameKey(first, last));
				clients.setString(8, anonymous ? null : SearchText.firstNameKey(first, last));
				clients.addBatch();
				if ((i + 1) % BATCH == 0) {
					clients.executeBatch();
				}
			}
			clients.executeBatch();
		}
		return languages;
	}

	/** Adds a log row chained to {@code previousHash}; returns its hash, for the case's next row. */
	private static String addLog(PreparedStatement log, long id, long caseId, Instant at, UserRef actor,
			String action, String after, String detail, String previousHash) throws SQLException {
		// what the database will give back: the timestamp's precision is what it stores
		Instant stored = UtcInstantConverter.toInstant(UtcInstantConverter.toTimestamp(at));
		String hash = ActivityChain.hash(previousHash, caseId, stored, actor.id(), null, action, null, after, detail);
		log.setLong(1, id);
		log.setLong(2, caseId);
		log.setTimestamp(3, UtcInstantConverter.toTimestamp(at));
		log.setLong(4, actor.id());
		log.setString(5, action);
		log.setString(6, after);
		log.setString(7, detail);
		log.setString(8, previousHash);
		log.setString(9, hash);
		log.addBatch();
		return hash;
	}

	/** Older cases are more often closed. */
	private String status(Duration age) {
		int draw = random.nextInt(100);
		int closedShare = age.toDays() > 365 ? 60 : 15;
		if (draw < closedShare) {
			return "CLOSED"; //$NON-NLS-1$
		}
		List<String> open = List.of("NEW", "IN_PROGRESS", "IN_PROGRESS", "PENDING"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return open.get(random.nextInt(open.size()));
	}
}
