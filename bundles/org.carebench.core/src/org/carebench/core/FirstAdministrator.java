package org.carebench.core;

/**
 * Who sets a new database up: the agency (its network and organization), its first project, and its first system
 * administrator with his password.
 */
public record FirstAdministrator(String agency, String projectCode, String projectName, String login,
		String displayName, char[] password) {
}
