package org.carebench.example.housing;

import java.util.List;

import org.carebench.reporting.ContributedReport;
import org.carebench.reporting.ReportContribution;
import org.osgi.service.component.annotations.Component;

/** The agency's report on its housing searches, listed in every user's Reports view. */
@Component(service = ReportContribution.class)
public class HousingReports implements ReportContribution {

	@Override
	public List<ContributedReport> reports() {
		return List.of(new ContributedReport("org.carebench.example.housing/searches", Messages.reportName, //$NON-NLS-1$
				Messages.reportDescription, getClass().getResource("/reports/housing-searches.rptdesign"))); //$NON-NLS-1$
	}
}
