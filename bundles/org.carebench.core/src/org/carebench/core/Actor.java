package org.carebench.core;

/**
 * Who made a change: a user, or the system itself (an automation, an import, the demo loader) under a label.
 *
 * @param user  the user, or {@code null} for the system
 * @param label what the log shows for the system ("Automation: follow-up reminders")
 */
public record Actor(UserRef user, String label) {

	public static Actor of(UserRef user) {
		return new Actor(user, null);
	}

	public static Actor system(String label) {
		return new Actor(null, label);
	}

	public Long userId() {
		return user == null ? null : user.id();
	}

	/** The name to show: the user's, or the system's label. */
	public String displayName() {
		return user == null ? label : user.displayName();
	}
}
