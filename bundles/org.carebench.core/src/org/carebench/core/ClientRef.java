package org.carebench.core;

/**
 * A client profile as cases show it. An anonymous profile has no name: screens show it as "Anonymous" and it
 * cannot be searched by name.
 */
public record ClientRef(long id, String firstName, String lastName, boolean anonymous) {

	/** "First Last", or {@code null} for an anonymous client (the UI supplies its localized word). */
	public String fullName() {
		if (anonymous) {
			return null;
		}
		return (firstName == null ? "" : firstName + " ") + (lastName == null ? "" : lastName); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
