package org.carebench.planning;

import java.util.List;

import org.carebench.planning.api.FieldSpec;

/**
 * A plan item type as the UI offers it.
 *
 * @param definedNames   name and purpose come from the project's item definitions
 * @param deliversUnits  items of the type get delivery records
 */
public record ItemTypeInfo(String id, String label, List<FieldSpec> fields, boolean definedNames,
		boolean deliversUnits) {
}
