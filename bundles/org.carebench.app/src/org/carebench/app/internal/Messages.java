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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
