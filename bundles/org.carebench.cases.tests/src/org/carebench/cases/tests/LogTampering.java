package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.carebench.core.model.ActivityChain;
import org.carebench.core.model.UtcInstantConverter;
import org.carebench.testing.TemporaryDatabase;

/**
 * What someone with the schema owner's rights could do to a log: drop its guard triggers, then change its rows.
 * Also runs statements as the application does, to show that without those rights the guard refuses them.
 */
final class LogTampering {

	private final TemporaryDatabase database;

	LogTampering(TemporaryDatabase database) {
		this.database = database;
	}

	/** Drops the guard of {@code table} ({@code activity_log}, {@code admin_log}), then runs {@code statement}. */
	void tamper(String table, String statement, Object... values) {
		database.transactions().write(em -> {
			Connection connection = em.unwrap(Connection.class);
			try (var drop = connection.createStatement()) {
				for (String trigger : List.of("tr_" + table + "_no_update", "tr_" + table + "_no_delete")) {
					if (exists(connection, trigger)) {
						drop.executeUpdate("DROP TRIGGER " + trigger);
					}
				}
				return null;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		sql(statement, values);
	}

	/** Runs {@code statement}: a change of one row, or a change of the table itself. */
	void sql(String statement, Object... values) {
		database.transactions().write(em -> {
			try (PreparedStatement update = em.unwrap(Connection.class).prepareStatement(statement)) {
				for (int i = 0; i < values.length; i++) {
					update.setObject(i + 1, values[i]);
				}
				int changed = update.executeUpdate();
				if (!statement.startsWith("ALTER")) {
					assertEquals(1, changed, statement);
				}
				return null;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/**
	 * Recomputes every seal of one chain of {@code table} (its rows that match {@code where}), as whoever knows how
	 * the chain is made and can write the table could: {@code sealed} are the columns a seal covers, in order.
	 */
	void reseal(String table, String sealed, String where, long chain) {
		withConnection(connection -> {
			try (PreparedStatement read = connection.prepareStatement("SELECT id, occurred_at, " + sealed + " FROM "
					+ table + " WHERE " + where + " ORDER BY id");
					PreparedStatement reseal = connection
							.prepareStatement("UPDATE " + table + " SET prev_hash = ?, entry_hash = ? WHERE id = ?");
					ResultSet row = read.executeQuery()) {
				String previous = ActivityChain.START;
				int fields = row.getMetaData().getColumnCount() - 2;
				while (row.next()) {
					Object[] values = new Object[fields];
					for (int i = 0; i < fields; i++) {
						values[i] = row.getObject(3 + i);
					}
					String seal = ActivityChain.seal(previous, chain,
							UtcInstantConverter.toInstant(row.getTimestamp(2)), values);
					reseal.setString(1, previous);
					reseal.setString(2, seal);
					reseal.setLong(3, row.getLong(1));
					reseal.executeUpdate();
					previous = seal;
				}
				return null;
			}
		});
	}

	/** The messages of {@code refused} and of all its causes, one after the other. */
	static String messages(Throwable refused) {
		StringBuilder causes = new StringBuilder();
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			causes.append(cause.getMessage()).append(" / ");
		}
		return causes.toString();
	}

	/** Runs {@code work} on a connection of the test database, in one unit of work. */
	<T> T withConnection(SqlWork<T> work) {
		return database.transactions().write(em -> {
			try {
				return work.run(em.unwrap(Connection.class));
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	@FunctionalInterface
	interface SqlWork<T> {
		T run(Connection connection) throws SQLException;
	}

	private static boolean exists(Connection connection, String trigger) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT 1 FROM sys.systriggers WHERE triggername = ?")) {
			query.setString(1, trigger.toUpperCase());
			try (ResultSet row = query.executeQuery()) {
				return row.next();
			}
		}
	}
}
