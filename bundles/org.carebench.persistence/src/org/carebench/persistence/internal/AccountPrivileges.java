package org.carebench.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the workstations' account may do on a secured server: read and write the rows of Carebench's tables, only
 * add to the logs, read the reporting views; no schema of its own (so no {@code CREATE FUNCTION}), no system
 * procedure that reads or writes files. Run by the database owner after every upgrade, as new tables come with it.
 */
public final class AccountPrivileges {

	/** Tables the schema's own bookkeeping writes, which workstations only read. */
	private static final Set<String> READ_ONLY = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", //$NON-NLS-1$ //$NON-NLS-2$
			"CAREBENCH_MIGRATION_LOCK", "LOG_GUARD"); //$NON-NLS-1$ //$NON-NLS-2$

	/** System procedures that move data between tables and files, or run Java: the owner's alone. */
	private static final List<String> OWNER_ONLY_PROCEDURES = List.of("SYSCS_UTIL.SYSCS_EXPORT_TABLE", //$NON-NLS-1$
			"SYSCS_UTIL.SYSCS_EXPORT_QUERY", "SYSCS_UTIL.SYSCS_IMPORT_TABLE", "SYSCS_UTIL.SYSCS_IMPORT_DATA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"SYSCS_UTIL.SYSCS_EXPORT_TABLE_LOBS_TO_EXTFILE", "SYSCS_UTIL.SYSCS_EXPORT_QUERY_LOBS_TO_EXTFILE", //$NON-NLS-1$ //$NON-NLS-2$
			"SYSCS_UTIL.SYSCS_IMPORT_TABLE_LOBS_FROM_EXTFILE", "SYSCS_UTIL.SYSCS_IMPORT_DATA_LOBS_FROM_EXTFILE", //$NON-NLS-1$ //$NON-NLS-2$
			"SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK", "SYSCS_UTIL.SYSCS_IMPORT_DATA_BULK", //$NON-NLS-1$ //$NON-NLS-2$
			"SQLJ.INSTALL_JAR", "SQLJ.REPLACE_JAR", "SQLJ.REMOVE_JAR", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"SYSCS_UTIL.SYSCS_BACKUP_DATABASE", "SYSCS_UTIL.SYSCS_REGISTER_TOOL"); //$NON-NLS-1$ //$NON-NLS-2$

	private AccountPrivileges() {
	}

	/** Grants {@code account} what workstations need, and nothing more; {@code owner} runs it. */
	public static void grant(Connection owner, String account) throws SQLException {
		String grantee = account.toUpperCase(Locale.ROOT);
		try (Statement statement = owner.createStatement()) {
			// its own schema, owned by the owner: an account may create functions and procedures only in its own
			if (!schemaExists(owner, grantee)) {
				statement.execute("CREATE SCHEMA \"" + grantee + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Set<String> appendOnly = appendOnlyTables(owner);
			for (String[] table : tables(owner)) {
				String name = '"' + table[0] + "\".\"" + table[1] + '"'; //$NON-NLS-1$
				String rights;
				if (table[2].equals("V") || READ_ONLY.contains(table[1])) { //$NON-NLS-1$
					rights = "SELECT"; //$NON-NLS-1$
				} else if (appendOnly.contains(table[1])) {
					rights = "SELECT, INSERT"; //$NON-NLS-1$
				} else {
					rights = "SELECT, INSERT, UPDATE, DELETE"; //$NON-NLS-1$
				}
				statement.execute("GRANT " + rights + " ON " + name + " TO \"" + grantee + '"'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			for (String procedure : OWNER_ONLY_PROCEDURES) {
				revoke(statement, procedure, "PUBLIC"); //$NON-NLS-1$
				revoke(statement, procedure, '"' + grantee + '"');
			}
		}
	}

	private static void revoke(Statement statement, String procedure, String from) {
		try {
			statement.execute("REVOKE EXECUTE ON PROCEDURE " + procedure + " FROM " + from + " RESTRICT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (SQLException notGranted) {
			// Derby grants them to nobody but the owner; revoking what was never granted is refused or ignored
		}
	}

	private static boolean schemaExists(Connection connection, String schema) throws SQLException {
		try (var query = connection.prepareStatement("SELECT 1 FROM sys.sysschemas WHERE schemaname = ?")) { //$NON-NLS-1$
			query.setString(1, schema);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	/** Carebench's tables and views: schema, name, type ('T' or 'V'). */
	private static List<String[]> tables(Connection connection) throws SQLException {
		List<String[]> tables = new ArrayList<>();
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("SELECT s.schemaname, t.tablename, t.tabletype" //$NON-NLS-1$
						+ " FROM sys.systables t JOIN sys.sysschemas s ON s.schemaid = t.schemaid" //$NON-NLS-1$
						+ " WHERE t.tabletype IN ('T', 'V') AND s.schemaname NOT LIKE 'SYS%'" //$NON-NLS-1$
						+ " AND s.schemaname <> 'SQLJ' AND s.schemaname <> 'NULLID'")) { //$NON-NLS-1$
			while (rows.next()) {
				tables.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
			}
		}
		return tables;
	}

	/**
	 * The logs: tables guarded by a {@code TR_<table>_NO_UPDATE} trigger (see the core changelog), which workstations
	 * may only add to and a backup must hold at least as many rows of as when it began.
	 */
	static Set<String> appendOnlyTables(Connection connection) throws SQLException {
		Set<String> tables = new HashSet<>();
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("SELECT t.tablename FROM sys.systriggers g" //$NON-NLS-1$
						+ " JOIN sys.systables t ON t.tableid = g.tableid WHERE g.triggername LIKE 'TR_%_NO_UPDATE'")) { //$NON-NLS-1$
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}
}
