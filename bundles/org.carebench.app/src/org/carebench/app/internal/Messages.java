package org.carebench.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.app.internal.messages"; //$NON-NLS-1$

	public static String Startup_databaseTitle;
	public static String Startup_openingDatabase;
	public static String Startup_loadingDemo;
	public static String Startup_loadedCases;
	public static String Startup_failed;
	public static String Startup_failedDetail;
	public static String Login_title;
	public static String Login_heading;
	public static String Login_message;
	public static String Login_demoHint;
	public static String Login_login;
	public static String Login_password;
	public static String Login_signIn;
	public static String Menu_file;
	public static String Menu_case;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Status_session;
	public static String Preferences_databaseDescription;
	public static String Preferences_databaseLocation;
	public static String Preferences_databaseBadUrl;
	public static String Preferences_databaseHint;
	public static String Preferences_languageDescription;
	public static String Preferences_language;
	public static String Preferences_languageSystem;
	public static String Preferences_languageRestartTitle;
	public static String Preferences_languageRestart;
	public static String Server_needsHost;
	public static String Server_accountPasswordPrompt;
	public static String Server_passwordAgain;
	public static String Server_cannotStart;
	public static String Server_trustUsage;
	public static String Server_trusted;
	public static String Password_title;
	public static String Password_message;
	public static String Password_current;
	public static String Password_new;
	public static String Password_ok;
	public static String Password_changed;
	public static String Server_trustFailed;
	public static String Server_noSuchFile;
	public static String Server_distrusted;
	public static String Server_notTrusted;
	public static String Connect_certificate;
	public static String Server_started;
	public static String Server_stopped;
	public static String Server_backedUp;
	public static String Server_noBackups;
	public static String Server_backupListed;
	public static String Server_restoreUsage;
	public static String Server_noSuchBackup;
	public static String Server_restored;
	public static String Connect_usage;
	public static String Connect_passwordPrompt;
	public static String Connect_noPassword;
	public static String Connect_done;
	public static String Connect_failed;
	public static String Connect_confirmFingerprint;
	public static String Connect_needsFingerprint;
	public static String Connect_fingerprintDiffers;
	public static String Connect_notConfirmed;
	public static String Keys_usage;
	public static String Keys_exists;
	public static String Keys_exported;
	public static String Keys_imported;
	public static String Keys_failed;
	public static String Keys_encrypted;
	public static String Keys_alreadyEncrypted;
	public static String Keys_notEncrypted;
	public static String Backup_job;
	public static String Backup_scheduledJob;
	public static String Backup_done;
	public static String Backup_unsound;
	public static String Restore_title;
	public static String Restore_message;
	public static String Restore_none;
	public static String Restore_taken;
	public static String Restore_cases;
	public static String Restore_logEntries;
	public static String Restore_check;
	public static String Restore_checking;
	public static String Restore_sound;
	public static String Restore_notSound;
	public static String Restore_ok;
	public static String Restore_confirm;
	public static String Restore_done;
	public static String Verify_needsUser;
	public static String Verify_needsPassword;
	public static String Verify_passwordPrompt;
	public static String Verify_checking;
	public static String Verify_summary;
	public static String Verify_intact;
	public static String Verify_break;
	public static String Verify_administrationBreak;
	public static String Verify_broken;
	public static String Verify_job;

	public static String Startup_passwordOnCommandLine;

	public static String Setup_title;
	public static String Setup_message;
	public static String Setup_agency;
	public static String Setup_projectCode;
	public static String Setup_projectName;
	public static String Setup_displayName;
	public static String Setup_passwordAgain;
	public static String Setup_create;
	public static String Setup_passwordsDiffer;

	public static String Verify_checkpoint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
