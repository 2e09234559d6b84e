package org.carebench.planning.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A kind of plan item. A bundle offers a new kind by registering an implementation as an OSGi service; Carebench's
 * own kinds (basic, custom basic, service unit delivery) are implemented the same way. Values of the fields are
 * stored generically (a row per value), so a new kind needs no schema change; when its bundle is uninstalled,
 * its items stay and show read-only.
 */
public interface PlanItemType {

	/** A stable identifier, stored with every item: usually the bundle's name and a short suffix. */
	String id();

	/** The name users read, in their language. */
	String label();

	/** The type's own fields, besides those every item has (dates, outcomes, cost, owner...). */
	default List<FieldSpec> fields() {
		return List.of();
	}

	/**
	 * The type's own rules, run after each field has been checked against its {@link FieldSpec}: return a problem
	 * per field that is wrong, with a message naming it. Nothing is saved while there is one.
	 */
	default List<FieldProblem> validate(Map<String, Object> values) {
		return List.of();
	}

	/** How far the item has come, from 0 to 1. By default: done when completed. */
	default double progress(ItemFacts item) {
		return item.completed() ? 1 : 0;
	}

	/**
	 * Whether name and purpose come from the project's list of plan items defined by an administrator (basic
	 * items) rather than typed by the caseworker.
	 */
	default boolean definedNames() {
		return false;
	}

	/**
	 * The units the item authorizes, when it tracks delivered service units (then it gets delivery records);
	 * {@code null} for types that do not.
	 */
	default BigDecimal authorizedUnits(Map<String, Object> values) {
		return null;
	}
}
