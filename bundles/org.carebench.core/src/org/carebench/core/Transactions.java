package org.carebench.core;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

/**
 * The one way Carebench code reaches the database: a unit of work runs in one transaction that commits when it
 * returns and rolls back when it throws. Implemented by the persistence bundle; services receive it as an OSGi
 * service and never open connections themselves.
 */
public interface Transactions {

	/** Work done with an entity manager inside a transaction. */
	@FunctionalInterface
	interface Work<T> {
		T run(EntityManager em);
	}

	/** Runs {@code work} in a read-write transaction. */
	<T> T write(Work<T> work);

	/** Runs {@code work} in a read-only unit: nothing it changes is committed. */
	<T> T read(Work<T> work);

	/** Work done with a JDBC connection. */
	@FunctionalInterface
	interface SqlWork<T> {
		T run(Connection connection) throws SQLException;
	}

	/**
	 * Runs read-only SQL on a pooled connection, outside any unit of work: for queries that return projections of
	 * many rows (lists, reports), where entities would only cost. Each statement sees committed data; nothing
	 * {@code work} changes is kept.
	 */
	<T> T query(SqlWork<T> work);

	/** Describes where the data lives (embedded directory or server URL), for the status line and messages. */
	String describeDatabase();
}
