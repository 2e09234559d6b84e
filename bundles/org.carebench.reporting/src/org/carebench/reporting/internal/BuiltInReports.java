package org.carebench.reporting.internal;

import java.util.List;

import org.carebench.reporting.ContributedReport;

/** Carebench's own reports, in the reporting bundle's {@code reports} folder. */
public final class BuiltInReports {

	public static final String OVERVIEW = "carebench.overview"; //$NON-NLS-1$
	public static final String AGEING = "carebench.ageing"; //$NON-NLS-1$
	public static final String CASE_SUMMARY = "carebench.case-summary"; //$NON-NLS-1$

	private BuiltInReports() {
	}

	static List<ContributedReport> all() {
		return List.of(report(OVERVIEW, Messages.Report_overview, Messages.Report_overviewDescription, "overview"), //$NON-NLS-1$
				report(AGEING, Messages.Report_ageing, Messages.Report_ageingDescription, "ageing"), //$NON-NLS-1$
				report(CASE_SUMMARY, Messages.Report_caseSummary, Messages.Report_caseSummaryDescription,
						"case-summary")); //$NON-NLS-1$
	}

	private static ContributedReport report(String id, String name, String description, String file) {
		return new ContributedReport(id, name, description,
				BuiltInReports.class.getResource("/reports/" + file + ".rptdesign")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
