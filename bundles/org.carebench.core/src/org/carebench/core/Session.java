package org.carebench.core;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting. Services ask it for the current user to check permissions and to stamp the activity log; the
 * workbench signs a user in at start.
 */
public interface Session {

	/** The user acting on this thread, or empty when nobody is signed in. */
	Optional<UserRef> user();

	/** The user acting on this thread; a {@link CarebenchException} when nobody is signed in. */
	UserRef requireUser();

	/** Makes {@code user} the signed-in user of this process. */
	void signIn(UserRef user);

	/** Ends the signed-in user's session. */
	void signOut();

	/**
	 * Runs {@code work} on this thread as {@code user}, whoever is signed in: for automations and for background
	 * work started on behalf of a user.
	 */
	<T> T runAs(UserRef user, Supplier<T> work);
}
