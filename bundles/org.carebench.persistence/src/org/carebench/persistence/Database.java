package org.carebench.persistence;

import java.util.Optional;

/**
 * Opens and closes Carebench's database. The workbench opens it at start with the user's choice; whoever uses
 * {@link org.carebench.core.Transactions} before that gets the database named by system properties, or the user's
 * default one.
 */
public interface Database {

	/**
	 * Opens the database, creating it if allowed and bringing its schema up to date. Opening the database that is
	 * already open does nothing; opening another one closes the first.
	 *
	 * @throws DatabaseException when it cannot be opened; nothing is changed then
	 */
	void open(DatabaseSettings settings);

	/** The settings of the open database, or empty when none is open. */
	Optional<DatabaseSettings> openSettings();

	/**
	 * Gives {@code account} what workstations need on the open database, and nothing more: rows to read and write,
	 * logs to add to (see {@link CarebenchServer}). The open account must own the schema.
	 */
	void prepareAccount(String account);

	/**
	 * What {@code account} needs for what changed without an upgrade (users added since: see
	 * {@link org.carebench.core.SchemaContribution#prepareAccount}); its rights on the tables stay as
	 * {@link #prepareAccount} gave them. Run by a secured server every minute.
	 */
	void prepareAccountForNewRows(String account);

	/** Closes the database (an embedded one is shut down so that other processes may open it). */
	void close();
}
