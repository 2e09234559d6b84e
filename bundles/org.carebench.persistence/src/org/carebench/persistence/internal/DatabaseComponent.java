package org.carebench.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;

import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.SchemaContribution;
import org.carebench.core.Transactions;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseSettings;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The database of this Carebench process and the transactions run on it. Opened lazily: bundles keep arriving
 * while the platform starts, and the persistence unit must hold all their entities. When a bundle that contributes
 * schema comes or goes later, the next transaction migrates and rebuilds the persistence unit.
 */
@Component(service = { Transactions.class, Database.class })
public class DatabaseComponent implements Transactions, Database {

	private final List<SchemaContribution> contributions = new CopyOnWriteArrayList<>();
	private volatile OpenDatabase current;
	private volatile boolean contributionsChanged;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	public void addContribution(SchemaContribution contribution) {
		contributions.add(contribution);
		contributionsChanged = true;
	}

	public void removeContribution(SchemaContribution contribution) {
		contributions.remove(contribution);
		contributionsChanged = true;
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public synchronized void open(DatabaseSettings settings) {
		OpenDatabase previous = current;
		if (previous != null && previous.settings.equals(settings) && !contributionsChanged) {
			return;
		}
		if (previous != null) {
			current = null;
			previous.close();
		}
		contributionsChanged = false;
		current = OpenDatabase.open(settings, List.copyOf(contributions));
	}

	@Override
	public Optional<DatabaseSettings> openSettings() {
		OpenDatabase database = current;
		return Optional.ofNullable(database == null ? null : database.settings);
	}

	@Override
	public synchronized void close() {
		OpenDatabase database = current;
		current = null;
		if (database != null) {
			database.close();
		}
	}

	@Override
	public void prepareAccount(String account) {
		prepare(account, true);
	}

	@Override
	public void prepareAccountForNewRows(String account) {
		prepare(account, false);
	}

	/** Each GRANT invalidates the statements compiled on its table: granted once per start, not every minute. */
	private void prepare(String account, boolean grant) {
		List<SchemaContribution> present = List.copyOf(contributions);
		query(connection -> {
			if (grant) {
				AccountPrivileges.grant(connection, account);
			}
			for (SchemaContribution contribution : present) {
				contribution.prepareAccount(connection, account);
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			return null;
		});
	}

	@Override
	public String describeDatabase() {
		OpenDatabase database = current;
		return database == null ? DatabaseSettings.fromSystemProperties().describe() : database.settings.describe();
	}

	@Override
	public <T> T write(Work<T> work) {
		return run(work, true);
	}

	@Override
	public <T> T read(Work<T> work) {
		return run(work, false);
	}

	@Override
	public <T> T query(SqlWork<T> work) {
		ConnectionPool pool = JpaHelper.getServerSession(ready().entityManagerFactory).getDefaultConnectionPool();
		Accessor accessor = pool.acquireConnection();
		Connection connection = (Connection) accessor.getDatasourceConnection();
		try {
			return work.run(connection);
		} catch (SQLException e) {
			throw translate(new IllegalStateException("Query failed: " + e.getMessage(), e)); //$NON-NLS-1$
		} catch (RuntimeException e) {
			throw translate(e);
		} finally {
			try {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
			} catch (SQLException e) {
				// the pool finds a broken connection when it next uses it
			}
			pool.releaseConnection(accessor);
		}
	}

	private <T> T run(Work<T> work, boolean commit) {
		EntityManager em = ready().entityManagerFactory.createEntityManager();
		EntityTransaction transaction = em.getTransaction();
		try {
			transaction.begin();
			T result = work.run(em);
			if (commit) {
				transaction.commit();
			}
			return result;
		} catch (RuntimeException e) {
			throw translate(e);
		} finally {
			if (transaction.isActive()) {
				transaction.rollback();
			}
			em.close();
		}
	}

	/** The open database, brought up to date with the contributions present now. */
	private OpenDatabase ready() {
		OpenDatabase database = current;
		if (database != null && !contributionsChanged) {
			return database;
		}
		synchronized (this) {
			database = current;
			if (database == null) {
				open(DatabaseSettings.fromSystemProperties());
			} else if (contributionsChanged) {
				open(database.settings);
			}
			return current;
		}
	}

	/** Failures users can understand become {@link CarebenchException}s; programming errors stay as they are. */
	private static RuntimeException translate(RuntimeException failure) {
		if (failure instanceof CarebenchException) {
			return failure;
		}
		Throwable cause = failure;
		while (cause != null) {
			if (cause instanceof OptimisticLockException) {
				return new ConcurrentChangeException(Messages.Transactions_concurrentChange);
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("40XL")) { //$NON-NLS-1$
					return new CarebenchException(Messages.Transactions_busy, failure);
				}
				if (state.startsWith("08")) { //$NON-NLS-1$
					return new CarebenchException(Messages.Transactions_connectionLost, failure);
				}
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return failure;
	}
}
