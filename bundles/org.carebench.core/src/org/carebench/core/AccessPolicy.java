package org.carebench.core;

/**
 * The permissions of the user acting on this thread. Services ask it before every operation; it is the only
 * place that reads roles and memberships.
 */
public interface AccessPolicy {

	/** The access of whoever acts on this thread; a {@link CarebenchException} when nobody is signed in. */
	UserAccess current();

	/** The access of {@code user}. */
	UserAccess of(UserRef user);

	/**
	 * Refuses, naming the permission, unless the acting user's role in {@code projectId} grants it.
	 *
	 * @param action what the user tried, for the message ("close this case")
	 */
	void require(long projectId, Permission permission, String action);

	/** Refuses unless the acting user's role in one of {@code projectIds} grants {@code permission}. */
	void requireInAny(java.util.Collection<Long> projectIds, Permission permission, String action);

	/** Refuses unless some role of the acting user grants {@code permission} (system-wide operations). */
	void requireAnywhere(Permission permission, String action);

	/** Forgets what it knows of roles and memberships: they were changed. */
	void invalidate();

	/** The permission as users read it, in their language. */
	String describe(Permission permission);
}
