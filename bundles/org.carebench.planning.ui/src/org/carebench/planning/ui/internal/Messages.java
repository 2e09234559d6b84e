package org.carebench.planning.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the care plan screens (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.planning.ui.internal.messages"; //$NON-NLS-1$

	public static String Page_title;
	public static String Anonymous;
	public static String Costs_actual;
	public static String Costs_expected;
	public static String Costs_item;
	public static String Costs_section;
	public static String Costs_total;
	public static String Delivery_by;
	public static String Delivery_day;
	public static String Delivery_reason;
	public static String Delivery_reasonHint;
	public static String Delivery_soFar;
	public static String Delivery_title;
	public static String Delivery_units;
	public static String Input_notCurrency;
	public static String Input_notDate;
	public static String Input_notMoney;
	public static String Input_notNumber;
	public static String Item_actualCost;
	public static String Item_actualEnd;
	public static String Item_actualOutcome;
	public static String Item_actualStart;
	public static String Item_addTitle;
	public static String Item_currency;
	public static String Item_definition;
	public static String Item_editTitle;
	public static String Item_expectedCost;
	public static String Item_expectedEnd;
	public static String Item_expectedOutcome;
	public static String Item_expectedStart;
	public static String Item_involved;
	public static String Item_moneyHint;
	public static String Item_name;
	public static String Item_owner;
	public static String Item_participantOwner;
	public static String Item_purpose;
	public static String Item_readOnly;
	public static String Item_readOnlyType;
	public static String Item_status;
	public static String Item_type;
	public static String Item_typeFields;
	public static String Items_actual;
	public static String Items_addGroup;
	public static String Items_addGroupTitle;
	public static String Items_addItem;
	public static String Items_addSubGoal;
	public static String Items_addSubGoalTitle;
	public static String Items_deliver;
	public static String Items_edit;
	public static String Items_expected;
	public static String Items_group;
	public static String Items_groupName;
	public static String Items_inGroup;
	public static String Items_name;
	public static String Items_noGroup;
	public static String Items_owner;
	public static String Items_progress;
	public static String Items_section;
	public static String Items_status;
	public static String Items_subGoal;
	public static String Items_subGoalName;
	public static String Items_type;
	public static String Job_loading;
	public static String Milestones_add;
	public static String Milestones_addTitle;
	public static String Milestones_expected;
	public static String Milestones_name;
	public static String Milestones_overdue;
	public static String Milestones_reach;
	public static String Milestones_reached;
	public static String Milestones_section;
	public static String NewPlan_goal;
	public static String NewPlan_goalHint;
	public static String NewPlan_members;
	public static String NewPlan_ownGoal;
	public static String NewPlan_primary;
	public static String NewPlan_principal;
	public static String NewPlan_subGoal;
	public static String NewPlan_title;
	public static String Page_notAllowed;
	public static String Plan_choice;
	public static String Plan_choose;
	public static String Plan_cost;
	public static String Plan_goal;
	public static String Plan_itemsDone;
	public static String Plan_members;
	public static String Plan_new;
	public static String Plan_none;
	public static String Plan_principal;
	public static String Plan_units;
	public static String Status_cancelled;
	public static String Status_completed;
	public static String Status_inProgress;
	public static String Status_planned;
	public static String Timeline_empty;
	public static String Timeline_section;
	public static String Timeline_today;
	public static String Log_created;
	public static String Log_members;
	public static String Log_structure;
	public static String Log_itemAdded;
	public static String Log_itemChanged;
	public static String Log_delivered;
	public static String Lists_title;
	public static String Lists_project;
	public static String Lists_goals;
	public static String Lists_goalHint;
	public static String Lists_addGoal;
	public static String Lists_items;
	public static String Lists_addItem;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
