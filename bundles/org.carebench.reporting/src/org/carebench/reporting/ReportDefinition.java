package org.carebench.reporting;

/**
 * A report users can run: built into Carebench, contributed by an installed bundle, or dropped into the reports
 * folder by a report author.
 *
 * @param id          stable identifier ({@code folder:} and the file name for the reports folder's designs)
 * @param name        what users read in the report list
 * @param description a sentence on what it shows; may be empty
 * @param origin      where the design comes from
 * @param problem     why the design cannot run (malformed, incompatible, too large), or {@code null} if it can
 */
public record ReportDefinition(String id, String name, String description, Origin origin, String problem) {

	/** Where a report design comes from. */
	public enum Origin {
		BUILT_IN, BUNDLE, FOLDER
	}

	/** Whether the report can be run. */
	public boolean runnable() {
		return problem == null;
	}
}
