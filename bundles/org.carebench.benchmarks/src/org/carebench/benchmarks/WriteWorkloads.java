package org.carebench.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.cases.CaseCodes;
import org.carebench.core.model.ActivityChain;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UtcInstantConverter;

/**
 * The writing references, hand-written on a connection of their own: status changes with their (hash-chained)
 * log rows, and batched inserts of new clients, cases and log rows; also Derby's own bulk import of the same rows
 * (SYSCS_UTIL.SYSCS_IMPORT_DATA from files), tried to see whether it goes beyond batched inserts.
 */
final class WriteWorkloads implements AutoCloseable {

	private static final int CHUNK = 500;
	private static final int IN_LIST = 100;

	/** A client and his case as an import file gives them. */
	record NewCase(String firstName, String lastName, LocalDate birthDate, String status) {
	}

	private final Connection connection;

	WriteWorkloads(Path database) throws SQLException {
		connection = new EmbeddedDriver().connect("jdbc:derby:" + database, DatabaseSecrets.local().bootProperties(database));
		connection.setAutoCommit(false);
	}

	/** Moves cases to {@code status} with a log row each, chained to the case's last one; commits per chunk. */
	void changeStatus(long[] ids, String status, long actorId) throws SQLException {
		Instant now = Instant.now();
		Timestamp at = UtcInstantConverter.toTimestamp(now);
		Instant stored = UtcInstantConverter.toInstant(at);
		for (int start = 0; start < ids.length; start += CHUNK) {
			int end = Math.min(ids.length, start + CHUNK);
			Map<Long, String> before = new HashMap<>();
			Map<Long, String> hashes = new HashMap<>();
			for (int from = start; from < end; from += IN_LIST) {
				long[] chunk = chunk(ids, from, end);
				try (PreparedStatement select = connection.prepareStatement(
						"SELECT id, status FROM care_case WHERE id IN (" + markers() + ")")) {
					bind(select, chunk, 0);
					try (var row = select.executeQuery()) {
						while (row.next()) {
							before.put(row.getLong(1), row.getString(2));
						}
					}
				}
			}
			try (PreparedStatement last = connection.prepareStatement(
					"SELECT entry_hash FROM activity_log WHERE case_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
				for (int i = start; i < end; i++) {
					last.setLong(1, ids[i]);
					try (var row = last.executeQuery()) {
						if (row.next()) {
							hashes.put(ids[i], row.getString(1));
						}
					}
				}
			}
			long logId = IdBlocks.reserve(connection, "activity_log", end - start);
			try (PreparedStatement update = connection.prepareStatement("UPDATE care_case SET status = ?,"
					+ " last_activity_at = ?, version = version + 1 WHERE id = ?");
					PreparedStatement log = connection.prepareStatement("INSERT INTO activity_log (id, case_id,"
							+ " occurred_at, actor_id, action, before_value, after_value, prev_hash, entry_hash)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int i = start; i < end; i++) {
					long id = ids[i];
					update.setString(1, status);
					update.setTimestamp(2, at);
					update.setLong(3, id);
					update.addBatch();
					String previous = hashes.getOrDefault(id, ActivityChain.START);
					String hash = ActivityChain.hash(previous, id, stored, actorId, null, "case.status",
							before.get(id), status, null);
					log.setLong(1, logId++);
					log.setLong(2, id);
					log.setTimestamp(3, at);
					log.setLong(4, actorId);
					log.setString(5, "case.status");
					log.setString(6, before.get(id));
					log.setString(7, status);
					log.setString(8, previous);
					log.setString(9, hash);
					log.addBatch();
				}
				update.executeBatch();
				log.executeBatch();
			}
			connection.commit();
		}
	}

	/**
	 * Inserts clients, their cases and a log row each, in batches of {@link #CHUNK}, committing per batch; as an
	 * import must, it first looks for the rows' keys among those imported before and keeps each new row's key.
	 */
	void insertCases(List<NewCase> rows, long networkId, long projectId, String projectCode, long organizationId,
			long actorId) throws SQLException {
		Timestamp now = UtcInstantConverter.toTimestamp(Instant.now());
		Instant stored = UtcInstantConverter.toInstant(now);
		for (int start = 0; start < rows.size(); start += CHUNK) {
			int end = Math.min(rows.size(), start + CHUNK);
			long clientId = IdBlocks.reserve(connection, "client_profile", end - start);
			long caseId = IdBlocks.reserve(connection, "care_case", end - start);
			long logId = IdBlocks.reserve(connection, "activity_log", end - start);
			String[] keys = new String[end - start];
			for (int i = start; i < end; i++) {
				NewCase row = rows.get(i);
				// the service imported these very rows just before: the hand-written side keys them apart
				keys[i - start] = rowKey("jdbc", row.firstName(), row.lastName(), row.birthDate().toString(),
						row.status());
			}
			try (PreparedStatement known = connection.prepareStatement("SELECT row_key FROM imported_row"
					+ " WHERE project_id = ? AND row_key IN (" + "?, ".repeat(keys.length - 1) + "?)")) {
				known.setLong(1, projectId);
				for (int i = 0; i < keys.length; i++) {
					known.setString(i + 2, keys[i]);
				}
				try (var found = known.executeQuery()) {
					while (found.next()) {
						throw new IllegalStateException("generated rows are new: " + found.getString(1));
					}
				}
			}
			try (PreparedStatement clients = connection.prepareStatement("INSERT INTO client_profile (id, network_id,"
					+ " first_name, last_name, anonymous, birth_date, search_name, search_first)"
					+ " VALUES (?, ?, ?, ?, FALSE, ?, ?, ?)");
					PreparedStatement cases = connection.prepareStatement("INSERT INTO care_case (id, code, client_id,"
							+ " project_id, organization_id, status, opened_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
					PreparedStatement log = connection.prepareStatement("INSERT INTO activity_log (id, case_id,"
							+ " occurred_at, actor_id, action, after_value, prev_hash, entry_hash)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
					PreparedStatement imported = connection.prepareStatement(
							"INSERT INTO imported_row (project_id, row_key, case_id) VALUES (?, ?, ?)")) {
				for (int i = start; i < end; i++) {
					NewCase row = rows.get(i);
					clients.setLong(1, clientId);
					clients.setLong(2, networkId);
					clients.setString(3, row.firstName());
					clients.setString(4, row.lastName());
					clients.setDate(5, Date.valueOf(row.birthDate()));
					clients.setString(6, SearchText.nameKey(row.firstName(), row.lastName()));
					clients.setString(7, SearchText.firstNameKey(row.firstName(), row.lastName()));
					clients.addBatch();
					String code = CaseCodes.of(projectCode, caseId);
					cases.setLong(1, caseId);
					cases.setString(2, code);
					cases.setLong(3, clientId);
					cases.setLong(4, projectId);
					cases.setLong(5, organizationId);
					cases.setString(6, row.status());
					cases.setTimestamp(7, now);
					cases.setTimestamp(8, now);
					cases.addBatch();
					imported.setLong(1, projectId);
					imported.setString(2, keys[i - start]);
					imported.setLong(3, caseId);
					imported.addBatch();
					log.setLong(1, logId);
					log.setLong(2, caseId);
					log.setTimestamp(3, now);
					log.setLong(4, actorId);
					log.setString(5, "case.imported");
					log.setString(6, code);
					log.setString(7, ActivityChain.START);
					log.setString(8, ActivityChain.hash(ActivityChain.START, caseId, stored, actorId, null,
							"case.imported", null, code, null));
					log.addBatch();
					clientId++;
					caseId++;
					logId++;
				}
				clients.executeBatch();
				cases.executeBatch();
				imported.executeBatch();
				log.executeBatch();
			}
			connection.commit();
		}
	}

	/** A row's key as an import computes it: the SHA-256 of its values. */
	private static String rowKey(String... fields) {
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			for (String field : fields) {
				digest.update(field.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0x1f);
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The same rows through Derby's import procedure: written to three files (clients, cases, log rows), then
	 * imported into the tables in one transaction.
	 */
	void importWithDerby(List<NewCase> rows, long networkId, long projectId, String projectCode, long organizationId,
			long actorId, Path folder) throws SQLException, IOException {
		Timestamp now = UtcInstantConverter.toTimestamp(Instant.now());
		Instant stored = UtcInstantConverter.toInstant(now);
		long clientId = IdBlocks.reserve(connection, "client_profile", rows.size());
		long caseId = IdBlocks.reserve(connection, "care_case", rows.size());
		long logId = IdBlocks.reserve(connection, "activity_log", rows.size());
		connection.commit();
		Path clients = folder.resolve("clients.csv");
		Path cases = folder.resolve("cases.csv");
		Path log = folder.resolve("log.csv");
		try (BufferedWriter clientFile = Files.newBufferedWriter(clients, StandardCharsets.UTF_8);
				BufferedWriter caseFile = Files.newBufferedWriter(cases, StandardCharsets.UTF_8);
				BufferedWriter logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			String timestamp = now.toString();
			for (NewCase row : rows) {
				String code = CaseCodes.of(projectCode, caseId);
				clientFile.write(clientId + "," + networkId + ",\"" + row.firstName() + "\",\"" + row.lastName()
						+ "\",false," + row.birthDate() + ",\"" + SearchText.nameKey(row.firstName(), row.lastName())
						+ "\",\"" + SearchText.firstNameKey(row.firstName(), row.lastName()) + "\"\n");
				caseFile.write(caseId + ",\"" + code + "\"," + clientId + "," + projectId + "," + organizationId + ",\""
						+ row.status() + "\"," + timestamp + "," + timestamp + "\n");
				logFile.write(logId + "," + caseId + "," + timestamp + "," + actorId + ",\"case.imported\",\"" + code
						+ "\",\"" + ActivityChain.START + "\",\"" + ActivityChain.hash(ActivityChain.START, caseId, stored,
								actorId, null, "case.imported", null, code, null) + "\"\n");
				clientId++;
				caseId++;
				logId++;
			}
		}
		importFile("CLIENT_PROFILE", "ID,NETWORK_ID,FIRST_NAME,LAST_NAME,ANONYMOUS,BIRTH_DATE,SEARCH_NAME,SEARCH_FIRST",
				clients);
		importFile("CARE_CASE", "ID,CODE,CLIENT_ID,PROJECT_ID,ORGANIZATION_ID,STATUS,OPENED_AT,LAST_ACTIVITY_AT", cases);
		importFile("ACTIVITY_LOG", "ID,CASE_ID,OCCURRED_AT,ACTOR_ID,ACTION,AFTER_VALUE,PREV_HASH,ENTRY_HASH", log);
		connection.commit();
	}

	private void importFile(String table, String columns, Path file) throws SQLException {
		try (var call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"',"
				+ " 'UTF-8', 0)")) {
			call.setString(1, table);
			call.setString(2, columns);
			call.setString(3, file.toString());
			call.execute();
		}
	}

	/** Generated rows, and the same rows as a CSV file the import service reads. */
	static List<NewCase> generate(int count, long seed, Path csv) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		String[] first = { "Lucía", "José", "María", "Giulia", "Marco", "Chiara", "John", "Mary", "Ahmed", "Fatima" };
		String[] last = { "García", "Núñez", "Rossi", "Bianchi", "Smith", "Johnson", "Benali", "Ferri", "Ortega",
				"Conti" };
		String[] statuses = { "NEW", "IN_PROGRESS", "PENDING" };
		List<NewCase> rows = new ArrayList<>(count);
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("first_name,last_name,birth_date,status\n");
			for (int i = 0; i < count; i++) {
				NewCase row = new NewCase(first[random.nextInt(first.length)],
						last[random.nextInt(last.length)] + "-" + (i % 997),
						LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)),
						statuses[random.nextInt(statuses.length)]);
				rows.add(row);
				out.write(row.firstName() + "," + row.lastName() + "," + row.birthDate() + "," + row.status() + "\n");
			}
		}
		return rows;
	}

	private static long[] chunk(long[] ids, int from, int end) {
		long[] chunk = new long[IN_LIST];
		for (int i = 0; i < IN_LIST; i++) {
			chunk[i] = ids[Math.min(from + i, end - 1)];
		}
		return chunk;
	}

	private static String markers() {
		return String.join(",", java.util.Collections.nCopies(IN_LIST, "?"));
	}

	private static void bind(PreparedStatement statement, long[] values, int offset) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setLong(offset + i + 1, values[i]);
		}
	}

	@Override
	public void close() throws SQLException {
		connection.rollback();
		connection.close();
	}
}
