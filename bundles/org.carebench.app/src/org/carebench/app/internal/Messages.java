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
	public static String Startup_signInTitle;
	public static String Startup_noSuchUser;
	public static String Startup_noUsers;
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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
