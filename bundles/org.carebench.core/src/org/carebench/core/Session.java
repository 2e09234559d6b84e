package org.carebench.core;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting. Services ask it for the current user to check permissions and to stamp the activity log; the
 * workbench signs a user in at start.
 */
public interface Session {

	/** The user acting on this thread, or empty when nobody is signed in (or the system acts). */
	Optional<UserRef> user();

	/** The user acting on this thread; a {@link CarebenchException} when nobody is signed in. */
	UserRef requireUser();

	/** Who acts on this thread: the user, or the system when inside {@link #runAsSystem}. */
	Actor actor();

	/** Whether the system itself acts on this thread (see {@link #runAsSystem}). */
	boolean isSystem();

	/** Makes {@code user} the signed-in user of this process. */
	void signIn(UserRef user);

	/** Ends the signed-in user's session. */
	void signOut();

	/**
	 * Runs {@code work} on this thread as {@code user}, whoever is signed in: for work done on someone's behalf.
	 */
	<T> T runAs(UserRef user, Supplier<T> work);

	/**
	 * Runs {@code work} on this thread as the system, with every permission: for setting up a database, loading
	 * demo data and automations. The activity log records {@code label} as the actor.
	 */
	<T> T runAsSystem(String label, Supplier<T> work);
}
