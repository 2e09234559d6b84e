package org.carebench.core;

/** Signing in with a login and a password; passwords are kept only as slow, salted hashes. */
public interface AuthenticationService {

	/**
	 * Checks the password and signs the user in to the {@link Session}.
	 *
	 * @throws CarebenchException "wrong login or password" (the same whichever was wrong), or a locked account
	 */
	UserRef signIn(String login, char[] password);

	/**
	 * Sets a user's password, as an administrator does for a new user or one who forgot his: needs
	 * {@link Permission#SYSTEM_ADMINISTER} (a user changes his own with {@link #changePassword}). The password must
	 * have at least 8 characters.
	 */
	void setPassword(long userId, char[] password);

	/**
	 * Changes the signed-in user's own password, given his current one: whoever finds a workstation left signed in
	 * cannot take the account over. A wrong current password counts as a wrong sign-in.
	 *
	 * @throws CarebenchException when the current password is wrong (or the account is locked)
	 */
	void changePassword(char[] current, char[] next);

	/** Lifts a lock after wrong passwords before it ends by itself: needs {@link Permission#SYSTEM_ADMINISTER}. */
	void unlock(long userId);
}
