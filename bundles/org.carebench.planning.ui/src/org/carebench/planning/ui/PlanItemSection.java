package org.carebench.planning.ui;

import java.util.Map;

import org.eclipse.swt.widgets.Composite;

/**
 * A section a plan item type's bundle adds to the item editor, below the fields generated from the type's schema:
 * for what fields alone cannot show (a map, a lookup, a calculator). Registered as an OSGi service.
 */
public interface PlanItemSection {

	/** The id of the plan item type whose editor gets the section. */
	String typeId();

	/**
	 * Builds the section in {@code parent} (one column). {@code values} holds the item's field values as the
	 * editor will save them: the section may read and change them.
	 */
	void createContents(Composite parent, Map<String, Object> values);
}
