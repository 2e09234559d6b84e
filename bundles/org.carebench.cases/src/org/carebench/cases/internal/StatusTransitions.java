package org.carebench.cases.internal;

import java.util.List;

import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.core.Permission;
import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;

/**
 * Whether a case may move from its status to another along its project's workflow, and with which permission:
 * closing needs {@link Permission#CASE_CLOSE} and a closing reason of the project, reopening
 * {@link Permission#CASE_REOPEN}, any other move {@link Permission#CASE_EDIT}. One case or ten thousand, the same
 * rules.
 */
final class StatusTransitions {

	/**
	 * A move the workflow allows.
	 *
	 * @param reason     the closing reason when {@code to} is closed, else {@code null}
	 * @param permission what the user needs for it
	 * @param action     what he tries, for the refusal's message
	 */
	record Move(CaseStatus from, CaseStatus to, ClosingReason reason, Permission permission, String action) {

		boolean changesNothing() {
			return from.code().equals(to.code());
		}
	}

	private StatusTransitions() {
	}

	/** The move, or a {@link ValidationException} saying why the workflow does not allow it. */
	static Move plan(Workflow workflow, String currentCode, String statusCode, String closingReason) {
		CaseStatus target = workflow.status(statusCode).orElseThrow(
				() -> new ValidationException("status", NLS.bind(Messages.Case_noSuchStatus, statusCode))); //$NON-NLS-1$
		CaseStatus current = workflow.status(currentCode).orElse(new CaseStatus(currentCode, currentCode, false, 0));
		if (target.code().equals(current.code())) {
			return new Move(current, target, null, Permission.CASE_VIEW, null);
		}
		if (!workflow.transitions().contains(new Workflow.Transition(current.code(), target.code()))) {
			throw new ValidationException("status", NLS.bind(Messages.Case_transitionNotAllowed, //$NON-NLS-1$
					new Object[] { current.name(), target.name(), names(workflow.targetsFrom(current.code())) }));
		}
		if (target.closed()) {
			ClosingReason reason = workflow.closingReason(closingReason).orElseThrow(() -> new ValidationException(
					"closingReason", NLS.bind(Messages.Case_closingReasonRequired, //$NON-NLS-1$
							String.join(", ", workflow.closingReasons().stream().map(ClosingReason::name).toList())))); //$NON-NLS-1$
			return new Move(current, target, reason, Permission.CASE_CLOSE, Messages.Action_closeCase);
		}
		if (current.closed()) {
			return new Move(current, target, null, Permission.CASE_REOPEN, Messages.Action_reopenCase);
		}
		return new Move(current, target, null, Permission.CASE_EDIT, Messages.Action_changeStatus);
	}

	private static String names(List<CaseStatus> statuses) {
		return statuses.isEmpty() ? "\u2014" : String.join(", ", statuses.stream().map(CaseStatus::name).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
