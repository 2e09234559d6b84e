package org.carebench.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.persistence.DatabaseSecrets;

/**
 * The reference: the case list's queries written by hand on a connection of their own, statements prepared once.
 * Like the service, a page is found in two steps: its ids from care_case alone (Derby reads them from an index in
 * order; joined, it would sort every matching row first), then their rows by primary key.
 */
final class HandWrittenJdbc implements AutoCloseable {

	private static final String COLUMNS = "SELECT c.id, c.code, cl.first_name, cl.last_name, cl.anonymous, c.status, c.assignee_id,"
			+ " u.display_name, c.project_id, c.opened_at, c.last_activity_at"
			+ " FROM care_case c JOIN client_profile cl ON cl.id = c.client_id LEFT JOIN app_user u ON u.id = c.assignee_id";

	private final Connection connection;
	private final PreparedStatement firstPage;
	private final PreparedStatement keysetTies;
	private final PreparedStatement keysetPage;
	private final PreparedStatement allIds;
	private final PreparedStatement byIds;
	private final String visibility;

	/**
	 * @param visibility the condition of what the benchmark's user sees (its projects, organization and
	 *                   collaborations), as literal SQL: the same rows the service returns
	 */
	HandWrittenJdbc(Path database, String visibility) throws SQLException {
		this.visibility = visibility;
		connection = new EmbeddedDriver().connect("jdbc:derby:" + database, DatabaseSecrets.local().bootProperties(database));
		connection.setAutoCommit(false);
		firstPage = connection.prepareStatement("SELECT c.id FROM care_case c"
				+ " --DERBY-PROPERTIES index=IX_CASE_STATUS_ASSIGNEE\n WHERE c.status = ? AND c.assignee_id = ?"
				+ " AND " + visibility + " ORDER BY c.last_activity_at DESC, c.id DESC FETCH FIRST 100 ROWS ONLY");
		// two index ranges, as the service reads them: the rest of the cursor's instant, then older ones
		keysetTies = connection.prepareStatement("SELECT c.id FROM care_case c"
				+ " --DERBY-PROPERTIES index=IX_CASE_ACTIVITY\n WHERE c.last_activity_at = ? AND c.id < ? AND "
				+ visibility + " ORDER BY c.last_activity_at DESC, c.id DESC FETCH FIRST 100 ROWS ONLY");
		keysetPage = connection.prepareStatement("SELECT c.id FROM care_case c"
				+ " --DERBY-PROPERTIES index=IX_CASE_ACTIVITY\n WHERE c.last_activity_at < ? AND " + visibility
				+ " ORDER BY c.last_activity_at DESC, c.id DESC FETCH FIRST 100 ROWS ONLY");
		byIds = connection.prepareStatement(COLUMNS + " WHERE c.id IN ("
				+ String.join(",", java.util.Collections.nCopies(100, "?")) + ") AND " + visibility);
		allIds = connection.prepareStatement("SELECT c.id FROM care_case c --DERBY-PROPERTIES index=IX_CASE_ACTIVITY\n"
				+ " WHERE " + visibility + " ORDER BY c.last_activity_at DESC, c.id DESC");
	}

	int firstPage(String status, long assigneeId) throws SQLException {
		firstPage.setString(1, status);
		firstPage.setLong(2, assigneeId);
		return rowsOf(ids(firstPage));
	}

	int pageAfter(Timestamp lastActivity, long id) throws SQLException {
		keysetTies.setTimestamp(1, lastActivity);
		keysetTies.setLong(2, id);
		long[] ties = ids(keysetTies);
		if (ties.length == 100) {
			return rowsOf(ties);
		}
		keysetPage.setTimestamp(1, lastActivity);
		long[] older = ids(keysetPage);
		long[] page = java.util.Arrays.copyOf(ties, Math.min(100, ties.length + older.length));
		System.arraycopy(older, 0, page, ties.length, page.length - ties.length);
		return rowsOf(page);
	}

	private static long[] ids(PreparedStatement statement) throws SQLException {
		long[] ids = new long[100];
		int count = 0;
		try (ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				ids[count++] = result.getLong(1);
			}
		}
		return java.util.Arrays.copyOf(ids, count);
	}

	/**
	 * The same page found by OFFSET, as paging code often does (ids from the index, then their rows): Derby walks
	 * every index row before the page.
	 */
	int pageAtOffset(int offset) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT c.id FROM care_case c"
				+ " --DERBY-PROPERTIES index=IX_CASE_ACTIVITY\n WHERE " + visibility
				+ " ORDER BY c.last_activity_at DESC, c.id DESC OFFSET ? ROWS FETCH NEXT 100 ROWS ONLY")) {
			statement.setInt(1, offset);
			return rowsOf(ids(statement));
		}
	}

	/** The rows of up to 100 cases (the list is padded with the last id, as the service does). */
	int rowsOf(long[] ids) throws SQLException {
		if (ids.length == 0) {
			return 0;
		}
		for (int i = 0; i < 100; i++) {
			byIds.setLong(i + 1, ids[Math.min(i, ids.length - 1)]);
		}
		return read(byIds);
	}

	/**
	 * Cases whose client's last name starts with {@code prefix} (folded), by name, then their rows: the quick
	 * search's name lookup.
	 */
	int byNamePrefix(String prefix, int limit) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT c.id FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
				+ " client_profile cl --DERBY-PROPERTIES index=IX_CLIENT_SEARCH\n JOIN care_case c ON c.client_id = cl.id"
				+ " WHERE cl.search_name LIKE ? AND " + visibility + " ORDER BY cl.search_name FETCH FIRST "
				+ limit + " ROWS ONLY")) {
			statement.setString(1, prefix + "%");
			return rowsOf(ids(statement));
		}
	}

	/** Cases whose code starts with {@code prefix}, by code, then their rows: the quick search's code lookup. */
	int byCodePrefix(String prefix, int limit) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT c.id FROM care_case c WHERE c.code LIKE ?"
				+ " AND " + visibility + " ORDER BY c.code FETCH FIRST " + limit + " ROWS ONLY")) {
			statement.setString(1, prefix + "%");
			return rowsOf(ids(statement));
		}
	}

	long[] allIds() throws SQLException {
		allIds.setFetchSize(1000);
		try (ResultSet result = allIds.executeQuery()) {
			long[] array = new long[1 << 20];
			int count = 0;
			while (result.next()) {
				if (count == array.length) {
					array = java.util.Arrays.copyOf(array, array.length * 2);
				}
				array[count++] = result.getLong(1);
			}
			connection.commit();
			return java.util.Arrays.copyOf(array, count);
		}
	}

	/** Reads every column of every row, as the list does. */
	private int read(PreparedStatement statement) throws SQLException {
		int rows = 0;
		try (ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				result.getLong(1);
				result.getString(2);
				result.getString(3);
				result.getString(4);
				result.getBoolean(5);
				result.getString(6);
				result.getLong(7);
				result.getString(8);
				result.getLong(9);
				result.getTimestamp(10);
				result.getTimestamp(11);
				rows++;
			}
		}
		connection.commit();
		return rows;
	}

	@Override
	public void close() throws SQLException {
		connection.rollback();
		connection.close();
	}
}
