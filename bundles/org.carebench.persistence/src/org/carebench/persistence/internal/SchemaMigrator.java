package org.carebench.persistence.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carebench.core.SchemaContribution;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseException.Problem;
import org.eclipse.osgi.util.NLS;

import liquibase.Contexts;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with Liquibase, all contributions' pending change sets in <em>one</em> transaction:
 * an upgrade either completes or leaves the database exactly at its previous version. Liquibase commits after
 * every change set, so it is handed a connection whose commits and rollbacks wait for this class.
 */
final class SchemaMigrator {

	/** How often a workstation waits its turn (each wait ends after Derby's lock timeout, a minute by default). */
	private static final int LOCK_ATTEMPTS = 20;

	private static final Set<String> TRANSACTION_CONTROL = Set.of("commit", "rollback", "setAutoCommit", "close"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	static {
		// Liquibase would otherwise try to send usage data to its vendor at every start: never from Carebench
		defaultProperty("liquibase.analytics.enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		// and print an update summary on the console; Carebench logs what it applied
		defaultProperty("liquibase.command.showSummary", "OFF"); //$NON-NLS-1$ //$NON-NLS-2$
		defaultProperty("liquibase.command.showSummaryOutput", "LOG"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void defaultProperty(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

	private SchemaMigrator() {
	}

	/**
	 * Applies the pending change sets of {@code contributions} (already in dependency order) on {@code connection}
	 * and commits, or rolls everything back and throws.
	 *
	 * @return the number of change sets applied
	 */
	static int migrate(Connection connection, List<SchemaContribution> contributions, String location) {
		try {
			// Liquibase reports to the console by default; Carebench's log is enough
			return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
					() -> migrateInScope(connection, contributions, location));
		} catch (DatabaseException e) {
			throw e;
		} catch (Exception e) {
			throw new DatabaseException(Problem.MIGRATION_FAILED,
					NLS.bind(Messages.Database_migrationFailed, location, rootMessage(e)), e);
		}
	}

	private static int migrateInScope(Connection connection, List<SchemaContribution> contributions,
			String location) {
		try {
			holdMigrationLock(connection);
			List<Liquibase> changeLogs = changeLogs(connection, contributions);
			for (int i = 0; i < changeLogs.size(); i++) {
				refuseNewerChanges(changeLogs.get(i), contributions.get(i), location);
			}
			int applied = 0;
			for (int i = 0; i < changeLogs.size(); i++) {
				Liquibase changeLog = changeLogs.get(i);
				Set<String> pending = new HashSet<>();
				changeLog.listUnrunChangeSets(new Contexts(), new LabelExpression())
						.forEach(changeSet -> pending.add(changeSet.getId()));
				changeLog.update(new Contexts(), new LabelExpression());
				for (SchemaContribution.DataMigration migration : contributions.get(i).dataMigrations()) {
					if (pending.contains(migration.changeSetId())) {
						migration.migrate(connection);
					}
				}
				applied += pending.size();
			}
			connection.commit();
			return applied;
		} catch (DatabaseException e) {
			rollback(connection);
			throw e;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			rollback(connection);
			throw new DatabaseException(Problem.MIGRATION_FAILED,
					NLS.bind(Messages.Database_migrationFailed, location, rootMessage(e)), e);
		} catch (LiquibaseException | SQLException | RuntimeException e) {
			rollback(connection);
			throw new DatabaseException(Problem.MIGRATION_FAILED,
					NLS.bind(Messages.Database_migrationFailed, location, rootMessage(e)), e);
		}
	}

	/**
	 * Whether this connection may change the schema: it is the schema's owner, or nobody owns it yet. A workstation
	 * on a secured server connects with an account that may only read and write rows; the server upgrades.
	 */
	static boolean ownsSchema(Connection connection) throws SQLException {
		try (Statement query = connection.createStatement();
				ResultSet owner = query.executeQuery("SELECT s.authorizationid, CURRENT_USER FROM sys.sysschemas s" //$NON-NLS-1$
						+ " WHERE s.schemaname = '" + DerbyConnector.SCHEMA + "'")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!owner.next()) {
				return true;
			}
			return owner.getString(1).equals(owner.getString(2)) || !tableExists(connection, "DATABASECHANGELOG"); //$NON-NLS-1$
		}
	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, DerbyConnector.SCHEMA, table, null)) {
			return tables.next();
		}
	}

	/**
	 * For an account that may not change the schema: the database must hold exactly the change sets this build
	 * knows, or the workstation cannot work with it.
	 */
	static void verifyCurrent(Connection connection, List<SchemaContribution> contributions, String location) {
		try {
			Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
				Set<String> applied = new HashSet<>();
				try (Statement query = connection.createStatement();
						ResultSet rows = query.executeQuery("SELECT filename, id FROM databasechangelog")) { //$NON-NLS-1$
					while (rows.next()) {
						applied.add(rows.getString(1) + '#' + rows.getString(2));
					}
				}
				List<String> missing = new ArrayList<>();
				List<Liquibase> changeLogs = changeLogs(connection, contributions);
				for (int i = 0; i < changeLogs.size(); i++) {
					SchemaContribution contribution = contributions.get(i);
					for (ChangeSet changeSet : changeLogs.get(i).getDatabaseChangeLog().getChangeSets()) {
						if (!applied.contains(contribution.changeLog() + '#' + changeSet.getId())) {
							missing.add(contribution.id() + ": " + changeSet.getId()); //$NON-NLS-1$
						}
					}
				}
				if (!missing.isEmpty()) {
					throw new DatabaseException(Problem.SERVER_OLDER,
							NLS.bind(Messages.Database_serverOlder, location, missing), null);
				}
			});
		} catch (DatabaseException e) {
			throw e;
		} catch (Exception e) {
			throw new DatabaseException(Problem.FAILED, NLS.bind(Messages.Database_failed, location, rootMessage(e)), e);
		}
	}

	/** Each contribution's changelog (in the order given), read by Liquibase over {@code connection}. */
	private static List<Liquibase> changeLogs(Connection connection, List<SchemaContribution> contributions)
			throws LiquibaseException {
		Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(deferTransactionControl(connection)));
		List<Liquibase> changeLogs = new ArrayList<>();
		for (SchemaContribution contribution : contributions) {
			changeLogs.add(new Liquibase(contribution.changeLog(),
					new ClassLoaderResourceAccessor(contribution.resourceLoader()), database));
		}
		return changeLogs;
	}

	/**
	 * Takes the migration lock in the transaction that migrates: workstations starting together on one database
	 * upgrade it one after the other, and each lists what is pending only once it holds the lock, so that a change
	 * set or a data migration runs once. The lock's table is created first in a transaction of its own (committed,
	 * so that the others see it); Liquibase's own lock cannot serve, as it would be created uncommitted.
	 */
	private static void holdMigrationLock(Connection connection) throws SQLException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				connection.setAutoCommit(true);
				try (Statement create = connection.createStatement()) {
					create.executeUpdate("CREATE TABLE carebench_migration_lock (held INT)"); //$NON-NLS-1$
				} catch (SQLException e) {
					if (!"X0Y32".equals(e.getSQLState())) { //$NON-NLS-1$ another workstation created it
						throw e;
					}
				}
				connection.setAutoCommit(false);
				try (Statement lock = connection.createStatement()) {
					lock.execute("LOCK TABLE carebench_migration_lock IN EXCLUSIVE MODE"); //$NON-NLS-1$
				}
				return;
			} catch (SQLException e) {
				// a deadlock over the catalogs, or a lock held longer than Derby waits: wait for the turn again
				boolean waiting = "40001".equals(e.getSQLState()) || "40XL1".equals(e.getSQLState()); //$NON-NLS-1$ //$NON-NLS-2$
				if (!waiting || attempt >= LOCK_ATTEMPTS) {
					throw e;
				}
				rollback(connection);
				Thread.sleep(100L * attempt);
			}
		}
	}

	/** A database that has change sets this build does not know was upgraded by a newer Carebench. */
	private static void refuseNewerChanges(Liquibase changeLog, SchemaContribution contribution, String location)
			throws LiquibaseException {
		List<String> unknown = new ArrayList<>();
		for (RanChangeSet ran : changeLog.listUnexpectedChangeSets(new Contexts(), new LabelExpression())) {
			if (contribution.changeLog().equals(ran.getChangeLog())) {
				unknown.add(ran.getId());
			}
		}
		if (!unknown.isEmpty()) {
			throw new DatabaseException(Problem.NEWER_VERSION,
					NLS.bind(Messages.Database_newerCarebench, location, contribution.id() + ": " + unknown), null); //$NON-NLS-1$
		}
	}

	private static Connection deferTransactionControl(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (TRANSACTION_CONTROL.contains(method.getName())
					&& (args == null || args.length == 0 || !(args[0] instanceof java.sql.Savepoint))) {
				return null;
			}
			try {
				return method.invoke(connection, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(SchemaMigrator.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is closed next; Derby rolls back what was not committed
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable deepest = failure;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		String message = deepest.getMessage();
		return message == null ? deepest.getClass().getSimpleName() : message;
	}
}
