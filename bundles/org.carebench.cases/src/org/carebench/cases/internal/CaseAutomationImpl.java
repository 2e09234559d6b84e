package org.carebench.cases.internal;

import org.carebench.cases.CaseAutomation;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseService;
import org.carebench.core.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Status changes by automations: the system acts, under the automation's name, along the workflow. */
@Component(service = CaseAutomation.class)
public class CaseAutomationImpl implements CaseAutomation {

	private final CaseService cases;
	private final Session session;

	@Activate
	public CaseAutomationImpl(@Reference CaseService cases, @Reference Session session) {
		this.cases = cases;
		this.session = session;
	}

	@Override
	public CaseDetails changeStatus(String automation, long caseId, String statusCode, String closingReason) {
		return session.runAsSystem(automation,
				() -> cases.changeStatus(caseId, statusCode, closingReason, CaseService.ANY_VERSION));
	}
}
