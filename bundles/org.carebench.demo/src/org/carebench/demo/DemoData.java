package org.carebench.demo;

/**
 * Fills an empty database with a believable agency world: a network, projects, organizations, caseworkers with
 * Spanish, Italian and English names, clients (some anonymous) and their cases, notes and activity logs. The
 * same seed gives the same data.
 */
public interface DemoData {

	/** The password of every demo user (demo databases are for trying Carebench, never for real clients). */
	String PASSWORD = "carebench"; //$NON-NLS-1$

	/** Reports progress and asks whether to stop; called between batches. */
	interface Progress {
		/** {@code done} of {@code total} cases are loaded. */
		void loaded(long done, long total);

		/** Whether the user asked to stop; the cases loaded so far stay. */
		default boolean isCanceled() {
			return false;
		}
	}

	/** What a load produced. */
	record Summary(long cases, long clients, long users, boolean skipped) {
	}

	/**
	 * Loads {@code cases} demo cases (and the demo's users, whose password is known), only into a new database: one
	 * with no case and no user account yet. Any other database is left as it is and the summary says
	 * {@code skipped}, so that demo accounts never appear in a database someone uses.
	 *
	 * @param withNotes whether some cases get notes (the benchmark leaves them out to measure cases alone)
	 */
	Summary loadIfEmpty(long cases, boolean withNotes, Progress progress);

	/** Whether the database holds no case yet. */
	boolean isEmpty();

	/** Whether the database is new (no case and no user account): the only kind demo data goes into. */
	boolean isNew();
}
