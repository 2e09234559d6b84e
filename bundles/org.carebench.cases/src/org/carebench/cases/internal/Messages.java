package org.carebench.cases.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the case service (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.cases.internal.messages"; //$NON-NLS-1$

	public static String Case_noSuchClient;
	public static String Case_noSuchProject;
	public static String Case_organizationNotInProject;
	public static String Case_clientOfOtherNetwork;
	public static String Case_noSuchStatus;
	public static String Case_noOpenStatus;
	public static String Case_notFound;
	public static String Case_changedMeanwhile;
	public static String Case_pageSize;
	public static String Action_createCase;
	public static String Action_closeCase;
	public static String Action_reopenCase;
	public static String Action_changeStatus;
	public static String Action_assignCase;
	public static String Action_addNote;
	public static String Action_changeOthersNote;
	public static String Action_shareCase;
	public static String Action_manageCollaborators;
	public static String Action_defineWorkflow;
	public static String Case_notOwnOrganization;
	public static String Case_transitionNotAllowed;
	public static String Case_closingReasonRequired;
	public static String Case_closeRulesFailed;
	public static String Case_assigneeCannotSee;
	public static String Case_collaboratorNotInProject;
	public static String Note_notFound;
	public static String Workflow_statusInUse;
	public static String Workflow_noStatus;
	public static String Workflow_noOpenStatus;
	public static String Workflow_duplicateCode;
	public static String Workflow_unknownStatus;
	public static String Workflow_noClosingReason;
	public static String Workflow_badCode;
	public static String Rule_closingNote;
	public static String Rule_closingNoteMissing;
	public static String Action_defineCaseType;
	public static String Action_viewCaseTypes;
	public static String Action_changeActivity;
	public static String CaseType_notInProject;
	public static String CaseType_noSuchRole;
	public static String CaseType_rolesWithoutType;
	public static String CaseType_badOffset;
	public static String CaseType_followsLater;
	public static String CaseType_beforeOpening;
	public static String CaseType_noSuchActivity;
	public static String CaseType_notScheduled;
	public static String Rule_activitiesDone;
	public static String Rule_activitiesOpen;
	public static String Note_empty;
	public static String Note_tooLong;
	public static String Attribute_expectText;
	public static String Attribute_expectNumber;
	public static String Attribute_expectDate;
	public static String Attribute_expectYesNo;
	public static String Attribute_badValue;
	public static String Action_defineFlags;
	public static String Action_manageFlags;
	public static String Action_defineAttributes;
	public static String Action_editAttributes;
	public static String Action_linkCases;
	public static String Flag_typeInUse;
	public static String Flag_notFound;
	public static String Flag_unknownType;
	public static String Attribute_inUse;
	public static String Attribute_unknown;
	public static String Link_notRelatable;
	public static String Link_anonymousCase;
	public static String Text_tooLong;
	public static String Actor_system;
	public static String Search_oneRulePerField;
	public static String Search_operatorNotAllowed;
	public static String Search_valueMissing;
	public static String Search_badDate;
	public static String Search_badId;
	public static String View_nameRequired;
	public static String View_notFound;
	public static String View_needsUser;
	public static String Case_teamOfOtherOrganization;
	public static String Action_bulkEdit;
	public static String Import_columnNumber;
	public static String Import_emptyHeader;
	public static String Import_unknownColumn;
	public static String Import_repeatedColumn;
	public static String Import_noNameOrCode;
	public static String Import_tooManyFields;
	public static String Import_caseColumnWithCode;
	public static String Import_anonymousWithName;
	public static String Import_unknownStatus;
	public static String Import_closingReasonNeeded;
	public static String Import_closingOfOpenCase;
	public static String Import_closedBeforeOpened;
	public static String Import_unknownAssignee;
	public static String Import_nameRequired;
	public static String Import_dateOutOfRange;
	public static String Import_badDate;
	public static String Action_importCases;
	public static String Import_needsUser;
	public static String Import_noFile;
	public static String Import_unreadable;
	public static String Import_tooLarge;
	public static String Import_empty;
	public static String Import_unclosedQuote;
	public static String Import_unknownCase;
	public static String Action_editParticipants;
	public static String Participant_clientNotFound;
	public static String Participant_primaryStays;
	public static String Participant_anonymous;

	public static String Case_needsPermission;
	public static String CaseType_noType;
	public static String Workflow_unknownCloseRule;
	public static String Workflow_badLanguage;
	public static String Action_defineSettings;

	public static String Import_undefinedByte;

	public static String Attribute_typeMissing;

	public static String Import_alreadyImported;
	public static String Import_sameRow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
