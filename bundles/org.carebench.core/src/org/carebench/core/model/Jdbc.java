package org.carebench.core.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Short forms of the JDBC statements services run next to JPA (projections, batch writes, link tables): each
 * statement is prepared, bound, run and closed in one call. Failures become {@link IllegalStateException}s naming
 * the statement, so that they can be thrown from a unit of work; they roll it back.
 */
public final class Jdbc {

	/** Reads one row of a result. */
	@FunctionalInterface
	public interface Row<T> {
		T read(ResultSet row) throws SQLException;
	}

	private Jdbc() {
	}

	/** The connection of the unit of work of {@code em}: what it runs sees, and commits with, the JPA changes. */
	public static Connection of(EntityManager em) {
		return em.unwrap(Connection.class);
	}

	/** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
	public static int update(Connection connection, String sql, Object... values) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, values);
			return statement.executeUpdate();
		} catch (SQLException e) {
			throw failed(sql, e);
		}
	}

	/** Every row of a query, read by {@code reader}. */
	public static <T> List<T> list(Connection connection, String sql, Row<T> reader, Object... values) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, values);
			List<T> rows = new ArrayList<>();
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					rows.add(reader.read(row));
				}
			}
			return rows;
		} catch (SQLException e) {
			throw failed(sql, e);
		}
	}

	/** Runs {@code sql} once per item as one JDBC batch, bound with {@code values} of the item. */
	public static <T> void batch(Connection connection, String sql, java.util.Collection<T> items,
			java.util.function.Function<T, Object[]> values) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (T item : items) {
				bind(statement, values.apply(item));
				statement.addBatch();
			}
			statement.executeBatch();
		} catch (SQLException e) {
			throw failed(sql, e);
		}
	}

	/** The first row of a query, if any. */
	public static <T> Optional<T> first(Connection connection, String sql, Row<T> reader, Object... values) {
		List<T> rows = list(connection, sql, reader, values);
		return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
	}

	/** Binds {@code values} in order; a {@code null} is bound with the parameter's own type, as Derby wants. */
	public static void bind(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
			} else {
				statement.setObject(i + 1, values[i]);
			}
		}
	}

	/** "?, ?, ?": the markers of an IN list of {@code count} values. */
	public static String markers(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Reserves {@code count} consecutive ids of {@code sequence} (see {@link IdBlocks}) and returns the first. */
	public static long reserveIds(Connection connection, String sequence, int count) {
		try {
			return IdBlocks.reserve(connection, sequence, count);
		} catch (SQLException e) {
			throw new IllegalStateException("No ids from sequence " + sequence, e); //$NON-NLS-1$
		}
	}

	private static IllegalStateException failed(String sql, SQLException e) {
		return new IllegalStateException("SQL failed: " + sql, e); //$NON-NLS-1$
	}
}
