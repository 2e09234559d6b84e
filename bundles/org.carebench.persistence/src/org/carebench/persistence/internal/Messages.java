package org.carebench.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts about the database (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.persistence.internal.messages"; //$NON-NLS-1$

	public static String Database_inUse;
	public static String Database_missing;
	public static String Database_notADirectory;
	public static String Database_notADatabase;
	public static String Database_notAccessible;
	public static String Database_cannotCreate;
	public static String Database_newerDerby;
	public static String Database_newerCarebench;
	public static String Database_migrationFailed;
	public static String Database_unreachable;
	public static String Database_failed;
	public static String Transactions_concurrentChange;
	public static String Transactions_busy;
	public static String Transactions_connectionLost;

	public static String Database_damaged;
	public static String Database_serverOlder;
	public static String Database_keyMissing;
	public static String Database_noEncryption;
	public static String Database_noAuthentication;
	public static String Database_accountRefused;
	public static String Backup_noDatabase;
	public static String Backup_onServer;
	public static String Backup_actionBackUp;
	public static String Backup_actionVerify;
	public static String Backup_actionRestore;
	public static String Backup_cannotWrite;
	public static String Backup_rowsMissing;
	public static String Backup_logBroken;
	public static String Backup_liveLogBroken;
	public static String Backup_tableMissing;
	public static String Backup_cannotOpen;
	public static String Backup_notSound;
	public static String Database_serverUnknown;
	public static String Database_serverNotTrusted;
	public static String Database_workstationNotTrusted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
