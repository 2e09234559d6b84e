package org.carebench.planning;

/**
 * The actions plan changes write to the case's activity log. Each entry's detail is the plan's goal, except for
 * items, where it names the item (or its type, when added).
 */
public final class PlanActions {

	/** A plan was made; after: its goal; detail: its sub-goals. */
	public static final String CREATED = "plan.created"; //$NON-NLS-1$
	/** Members changed; before and after: the members. */
	public static final String PARTICIPANTS = "plan.participants"; //$NON-NLS-1$
	/** A group or sub-goal added or moved; after: what. */
	public static final String STRUCTURE = "plan.structure"; //$NON-NLS-1$
	/** An item added; after: its name; detail: its type. */
	public static final String ITEM_ADDED = "plan.item.added"; //$NON-NLS-1$
	/** An item changed; before and after: status, actual dates and cost, outcome; detail: its name. */
	public static final String ITEM_CHANGED = "plan.item.changed"; //$NON-NLS-1$
	/** Units delivered; before and after: the units delivered in all; detail: the item (and the reason). */
	public static final String UNITS_DELIVERED = "plan.item.delivered"; //$NON-NLS-1$
	/** A milestone added or reached; after: which and when. */
	public static final String MILESTONE = "plan.milestone"; //$NON-NLS-1$

	private PlanActions() {
	}
}
