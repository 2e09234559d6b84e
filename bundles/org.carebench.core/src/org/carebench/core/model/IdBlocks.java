package org.carebench.core.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reserves blocks of ids from {@code id_sequence} for code that inserts with plain JDBC (bulk loads), in the same
 * way JPA's table generators do: the row holds the last id handed out.
 */
public final class IdBlocks {

	private IdBlocks() {
	}

	/** Reserves {@code count} consecutive ids of {@code sequence} and returns the first. */
	public static long reserve(Connection connection, String sequence, int count) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE id_sequence SET next_value = next_value + ? WHERE seq_name = ?")) { //$NON-NLS-1$
			update.setLong(1, count);
			update.setString(2, sequence);
			if (update.executeUpdate() != 1) {
				throw new SQLException("No id sequence " + sequence); //$NON-NLS-1$
			}
		}
		try (PreparedStatement select = connection
				.prepareStatement("SELECT next_value FROM id_sequence WHERE seq_name = ?")) { //$NON-NLS-1$
			select.setString(1, sequence);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getLong(1) - count + 1;
			}
		}
	}
}
