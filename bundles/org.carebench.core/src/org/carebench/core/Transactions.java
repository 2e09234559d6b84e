package org.carebench.core;

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

	/** Describes where the data lives (embedded directory or server URL), for the status line and messages. */
	String describeDatabase();
}
