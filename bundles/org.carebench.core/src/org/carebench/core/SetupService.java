package org.carebench.core;

/**
 * Setting up a new database. A database nobody can sign in to (new, or upgraded from a release without passwords)
 * gets its first system administrator once, at the first start; after that only administrators create users.
 */
public interface SetupService {

	/** Whether no user account can sign in yet: the first start of a production database. */
	boolean needsFirstAdministrator();

	/**
	 * Creates the agency, its first project and its first system administrator, in one unit of work, and only
	 * while {@link #needsFirstAdministrator()}; refuses otherwise, whoever asks.
	 *
	 * @throws ValidationException for a missing name, a project code or login that cannot be used, a password
	 *                             under 8 characters; nothing is created then
	 * @throws ForbiddenException  when the database already has someone who can sign in
	 */
	UserRef createFirstAdministrator(FirstAdministrator first);
}
