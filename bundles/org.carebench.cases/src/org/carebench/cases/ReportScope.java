package org.carebench.cases;

import java.sql.Connection;

/**
 * Limits the reporting views (schema {@code REPORTING}, see docs/reporting.md) to the cases the signed-in user
 * sees. Whoever runs report queries enters the scope on the connection they run on and leaves it afterwards; the
 * views show nothing on a connection outside every scope.
 */
public interface ReportScope {

	/** The scope entered on one connection; leaving it restores the connection's previous schema. */
	interface Entered extends AutoCloseable {

		/** The schema naming the scope (CB_SCOPE_ and the user's id), current on the connection until closed. */
		String schema();

		@Override
		void close();
	}

	/**
	 * Brings the signed-in user's scope up to date with his access (committed apart from {@code connection}, so
	 * that the views see it whatever the connection's transaction) and makes it current on {@code connection}.
	 */
	Entered enter(Connection connection);

	/**
	 * Adds up the case count changes recorded since the last time (the views sum them on every read until then);
	 * bulk loaders call it when they are done.
	 */
	void foldCounts();
}
