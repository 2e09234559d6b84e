package org.carebench.planning.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the planning service (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.planning.internal.messages"; //$NON-NLS-1$

	public static String Type_basic;
	public static String Type_customBasic;
	public static String Type_serviceUnits;
	public static String Type_unknown;
	public static String Type_notInstalled;
	public static String Type_readOnly;
	public static String Action_changePlan;
	public static String Action_definePlans;
	public static String Action_viewPlans;
	public static String Client_anonymous;
	public static String Definition_exists;
	public static String Delivery_inFuture;
	public static String Delivery_noUnits;
	public static String Delivery_overAuthorized;
	public static String Delivery_unitsPositive;
	public static String Field_actualCost;
	public static String Field_actualDate;
	public static String Field_actualEnd;
	public static String Field_actualOutcome;
	public static String Field_authorizedUnits;
	public static String Field_deliveredOn;
	public static String Field_expectedCost;
	public static String Field_expectedDate;
	public static String Field_expectedEnd;
	public static String Field_expectedOutcome;
	public static String Field_goal;
	public static String Field_group;
	public static String Field_milestone;
	public static String Field_mustBePositive;
	public static String Field_name;
	public static String Field_notAChoice;
	public static String Field_notBoolean;
	public static String Field_notDate;
	public static String Field_notMoney;
	public static String Field_notNumber;
	public static String Field_notText;
	public static String Field_overReason;
	public static String Field_owner;
	public static String Field_purpose;
	public static String Field_required;
	public static String Field_status;
	public static String Field_subGoal;
	public static String Field_tooLarge;
	public static String Field_tooLong;
	public static String Field_unitType;
	public static String Field_unknown;
	public static String Item_changedMeanwhile;
	public static String Item_definitionNeeded;
	public static String Item_endBeforeStart;
	public static String Item_negativeCost;
	public static String Item_notFound;
	public static String Item_oneCurrency;
	public static String Item_ownerNotMember;
	public static String Item_participantsNotMembers;
	public static String Item_userNotOfOrganization;
	public static String Log_actualCost;
	public static String Log_actualDates;
	public static String Log_group;
	public static String Log_milestone;
	public static String Log_milestoneReached;
	public static String Log_subGoal;
	public static String Log_subGoalMoved;
	public static String Milestone_notFound;
	public static String Plan_noSuchGoal;
	public static String Plan_noSuchGroup;
	public static String Plan_notCaseParticipant;
	public static String Plan_notFound;
	public static String Plan_participantInUse;
	public static String Plan_primaryClientMissing;
	public static String Plan_principalNotMember;
	public static String Plan_subGoalNeeded;
	public static String SubGoal_notFound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
