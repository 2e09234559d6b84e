package org.carebench.persistence;

import org.carebench.core.CarebenchException;

/** The database could not be opened or upgraded; the message says why and what the user can do. */
public class DatabaseException extends CarebenchException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for callers that react differently (the workbench offers other choices per problem). */
	public enum Problem {
		/** The embedded database is open in another process. */
		IN_USE,
		/** No database at the location, and creating one was not allowed. */
		MISSING,
		/** The location exists but is not a Carebench (Derby) database. */
		NOT_A_DATABASE,
		/** The location cannot be read or written. */
		NOT_ACCESSIBLE,
		/** The database was upgraded by a newer Carebench. */
		NEWER_VERSION,
		/** A schema migration failed; the database stays at its previous version. */
		MIGRATION_FAILED,
		/** The database server did not answer. */
		UNREACHABLE,
		/** The database's files are damaged: a backup must be restored. */
		DAMAGED,
		/** The server refused the account (none stored on this computer, or a wrong password). */
		ACCOUNT_REFUSED,
		/** The server does not ask for a password or does not encrypt, and no administrator allowed that. */
		INSECURE_SERVER,
		/**
		 * The server's certificate was never confirmed on this workstation, or the server shows another one: it may
		 * be someone posing as the server.
		 */
		SERVER_NOT_TRUSTED,
		/** The server lets in only the workstations its administrator trusts, and not this one. */
		WORKSTATION_NOT_TRUSTED,
		/** The database is encrypted and its key is not on this computer. */
		KEY_MISSING,
		/** The server's database is older than this workstation's Carebench: the server upgrades it first. */
		SERVER_OLDER,
		/** Anything else Derby refused. */
		FAILED
	}

	private final Problem problem;

	public DatabaseException(Problem problem, String userMessage, Throwable cause) {
		super(userMessage, cause);
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
