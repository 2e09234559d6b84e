package org.carebench.reporting;

import java.util.List;

/**
 * Implemented, as an OSGi service, by bundles that bring report designs: they appear in the Reports view of every
 * user and run like the built-in ones (limited to the user's visible cases). See docs/reporting.md.
 */
public interface ReportContribution {

	/** The designs this bundle offers. */
	List<ContributedReport> reports();
}
