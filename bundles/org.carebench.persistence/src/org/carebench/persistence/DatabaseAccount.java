package org.carebench.persistence;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Derby account: user name and password. Given to the driver as connection properties, never in a URL; its
 * {@code toString} leaves the password out, so that settings can be logged.
 */
public final class DatabaseAccount {

	private final String user;
	private final char[] password;

	public DatabaseAccount(String user, char[] password) {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("An account needs a user name"); //$NON-NLS-1$
		}
		this.user = user.strip();
		this.password = password.clone();
	}

	public String user() {
		return user;
	}

	/** A copy: the caller may clear it once used. */
	public char[] password() {
		return password.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DatabaseAccount account && user.equals(account.user)
				&& Arrays.equals(password, account.password);
	}

	@Override
	public int hashCode() {
		return Objects.hash(user, Arrays.hashCode(password));
	}

	@Override
	public String toString() {
		return user + " (password not shown)"; //$NON-NLS-1$
	}
}
