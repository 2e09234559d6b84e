package org.carebench.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the core services (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.core.internal.messages"; //$NON-NLS-1$

	public static String Session_notSignedIn;
	public static String Directory_projectCodeTaken;
	public static String Directory_noSuchProject;
	public static String Directory_noSuchNetwork;
	public static String Directory_noSuchOrganization;
	public static String Directory_loginTaken;
	public static String Directory_birthDateInFuture;
	public static String Validation_required;
	public static String Validation_tooLong;
	public static String Directory_noSuchUser;
	public static String Directory_noSuchRole;
	public static String Directory_roleCodeTaken;
	public static String Access_forbidden;
	public static String Auth_wrong;
	public static String Auth_locked;
	public static String Auth_tooShort;
	public static String Action_createNetwork;
	public static String Action_createProject;
	public static String Action_createOrganization;
	public static String Action_createUser;
	public static String Action_createClient;
	public static String Action_viewClient;
	public static String Action_editRoles;
	public static String Action_manageMembers;
	public static String Action_setPassword;
	public static String Action_manageUsers;
	public static String Auth_wrongCurrent;
	public static String Directory_deactivateSelf;
	public static String Action_verifyLog;
	public static String Action_readAdministrationLog;
	public static String Chain_missingBefore;
	public static String Chain_changed;
	public static String Permission_CASE_VIEW;
	public static String Permission_CASE_CREATE;
	public static String Permission_CASE_EDIT;
	public static String Permission_CASE_ASSIGN_SELF;
	public static String Permission_CASE_ASSIGN;
	public static String Permission_CASE_CLOSE;
	public static String Permission_CASE_REOPEN;
	public static String Permission_CASE_SHARE;
	public static String Permission_COLLABORATOR_MANAGE;
	public static String Permission_NOTE_ADD;
	public static String Permission_NOTE_EDIT_ANY;
	public static String Permission_FLAG_MANAGE;
	public static String Permission_CASE_LINK;
	public static String Permission_BULK_EDIT;
	public static String Permission_CASE_IMPORT;
	public static String Permission_PROJECT_ADMINISTER;
	public static String Permission_SYSTEM_ADMINISTER;
	public static String Directory_teamNameTaken;
	public static String Directory_teamOtherOrganization;
	public static String Directory_teamsOfOtherOrganization;
	public static String Directory_noSuchTeam;
	public static String Action_manageTeams;

	public static String Chain_unsealed;

	public static String Setup_badProjectCode;
	public static String Setup_alreadyDone;

	public static String Chain_truncated;
	public static String Chain_rewritten;

	public static String Checkpoint_forged;
	public static String Checkpoint_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
