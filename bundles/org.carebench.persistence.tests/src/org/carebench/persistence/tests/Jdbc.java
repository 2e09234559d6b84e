package org.carebench.persistence.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.persistence.DatabaseSecrets;

/** Plain JDBC on a closed Carebench database, to see what really is in it. */
final class Jdbc {

	private Jdbc() {
	}

	static long count(Path database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		} finally {
			shutdown(database);
		}
	}

	static boolean tableExists(Path database, String table) throws SQLException {
		return count(database, "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = '" + table.toUpperCase() + "'") > 0; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static void execute(Path database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		} finally {
			shutdown(database);
		}
	}

	private static Connection connect(Path database) throws SQLException {
		return new EmbeddedDriver().connect("jdbc:derby:" + database, DatabaseSecrets.local().bootProperties(database)); //$NON-NLS-1$
	}

	private static void shutdown(Path database) {
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + database + ";shutdown=true", new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException expected) {
			// 08006: the database was shut down
		}
	}
}
