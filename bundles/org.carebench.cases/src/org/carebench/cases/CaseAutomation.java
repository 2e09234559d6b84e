package org.carebench.cases;

/**
 * Status changes made by automations (an expired deadline, an imported decision) rather than by a user. They
 * follow the project's workflow and close rules like anyone's, need no permission, and show in the activity log
 * under the automation's name.
 */
public interface CaseAutomation {

	/**
	 * Moves a case to {@code statusCode}.
	 *
	 * @param automation    the automation's name, as the activity log shows it
	 * @param closingReason required when the status is a closed one, else {@code null}
	 */
	CaseDetails changeStatus(String automation, long caseId, String statusCode, String closingReason);
}
