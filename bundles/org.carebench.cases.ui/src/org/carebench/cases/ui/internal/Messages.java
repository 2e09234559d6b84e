package org.carebench.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case screens (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.cases.ui.internal.messages"; //$NON-NLS-1$

	public static String Anonymous;
	public static String Unassigned;
	public static String Nobody;
	public static String Status_NEW;
	public static String Status_IN_PROGRESS;
	public static String Status_PENDING;
	public static String Status_CLOSED;
	public static String List_status;
	public static String List_assignee;
	public static String List_project;
	public static String List_anyStatus;
	public static String List_anyone;
	public static String List_me;
	public static String List_anyProject;
	public static String List_count;
	public static String List_countOne;
	public static String List_loading;
	public static String List_loadingRow;
	public static String List_failed;
	public static String Column_code;
	public static String Column_client;
	public static String Column_status;
	public static String Column_assignee;
	public static String Column_project;
	public static String Column_opened;
	public static String Column_lastActivity;
	public static String Job_loadingList;
	public static String Job_loadingCase;
	public static String Job_savingCase;
	public static String Job_addingNote;
	public static String Editor_loading;
	public static String Editor_notFound;
	public static String Editor_sectionCase;
	public static String Editor_sectionWork;
	public static String Editor_sectionNotes;
	public static String Editor_sectionLog;
	public static String Editor_client;
	public static String Editor_bornOn;
	public static String Editor_project;
	public static String Editor_organization;
	public static String Editor_opened;
	public static String Editor_lastActivity;
	public static String Editor_closed;
	public static String Editor_notClosed;
	public static String Editor_status;
	public static String Editor_assignee;
	public static String Editor_assignToMe;
	public static String Editor_newNote;
	public static String Editor_addNote;
	public static String Editor_noteLength;
	public static String Editor_noNotes;
	public static String Editor_noteHeader;
	public static String Editor_saveFailedTitle;
	public static String Editor_conflictTitle;
	public static String Editor_conflictMessage;
	public static String Editor_conflictReloadKeep;
	public static String Editor_conflictReloadDiscard;
	public static String Editor_conflictCancel;
	public static String Editor_closingReason;
	public static String Editor_closedBecause;
	public static String Editor_shared;
	public static String Editor_sharedHint;
	public static String Editor_notAllowed;
	public static String Editor_noMoveAllowed;
	public static String Editor_noteEdited;
	public static String Editor_editNote;
	public static String Editor_deleteNote;
	public static String Editor_editNoteTitle;
	public static String Editor_deleteNoteTitle;
	public static String Editor_deleteNoteQuestion;
	public static String Editor_noteEmpty;
	public static String Reason_GOALS_MET;
	public static String Reason_REFERRED;
	public static String Reason_WITHDREW;
	public static String Reason_NO_CONTACT;
	public static String Reason_DUPLICATE;
	public static String Log_statusClosed;
	public static String Log_noteEdited;
	public static String Log_noteDeleted;
	public static String Log_shared;
	public static String Log_unshared;
	public static String Log_collaboratorAdded;
	public static String Log_collaboratorRemoved;
	public static String Log_when;
	public static String Log_who;
	public static String Log_what;
	public static String Log_opened;
	public static String Log_status;
	public static String Log_assigned;
	public static String Log_unassigned;
	public static String Log_note;
	public static String Log_other;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
