package org.carebench.admin.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The administration perspective's texts, in the user's language. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.admin.ui.internal.messages"; //$NON-NLS-1$

	public static String Users_title;
	public static String Users_login;
	public static String Users_name;
	public static String Users_organization;
	public static String Users_loading;
	public static String Users_new;
	public static String Users_setPassword;
	public static String Users_unlock;
	public static String Users_deactivate;
	public static String Users_deactivateConfirm;
	public static String Users_created;
	public static String Users_passwordSet;
	public static String Users_unlocked;
	public static String Users_deactivated;
	public static String Users_deactivatedTitle;
	public static String Users_reactivate;
	public static String Users_reactivated;
	public static String NewUser_title;
	public static String NewUser_message;
	public static String NewUser_ok;
	public static String NewUser_project;
	public static String NewUser_role;
	public static String NewUser_password;
	public static String NewUser_passwordAgain;
	public static String NewUser_passwordsDiffer;
	public static String NewUser_choose;
	public static String SetPassword_title;
	public static String SetPassword_message;
	public static String SetPassword_ok;
	public static String Log_title;
	public static String Log_when;
	public static String Log_who;
	public static String Log_action;
	public static String Log_subject;
	public static String Log_before;
	public static String Log_after;
	public static String Log_loading;
	public static String Log_refresh;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
