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
	 * Sets a user's password. A user may set his own; setting anyone else's needs
	 * {@link Permission#SYSTEM_ADMINISTER}. The password must have at least 8 characters.
	 */
	void setPassword(long userId, char[] password);
}
