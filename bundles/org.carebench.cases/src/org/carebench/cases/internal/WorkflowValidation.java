package org.carebench.cases.internal;

import java.util.HashSet;
import java.util.Set;

import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;

/** What a project's workflow must be before it is saved; each refusal names what is wrong. */
final class WorkflowValidation {

	private static final int CODE_LENGTH = 40;
	private static final int NAME_LENGTH = 100;

	private WorkflowValidation() {
	}

	static void check(Workflow workflow) {
		if (workflow.statuses().isEmpty()) {
			throw new ValidationException("statuses", Messages.Workflow_noStatus); //$NON-NLS-1$
		}
		Set<String> codes = new HashSet<>();
		for (CaseStatus status : workflow.statuses()) {
			code("statuses", status.code(), status.name()); //$NON-NLS-1$
			if (!codes.add(status.code())) {
				throw new ValidationException("statuses", NLS.bind(Messages.Workflow_duplicateCode, status.code())); //$NON-NLS-1$
			}
		}
		if (workflow.statuses().stream().allMatch(CaseStatus::closed)) {
			throw new ValidationException("statuses", Messages.Workflow_noOpenStatus); //$NON-NLS-1$
		}
		for (Workflow.Transition transition : workflow.transitions()) {
			for (String end : new String[] { transition.from(), transition.to() }) {
				if (!codes.contains(end)) {
					throw new ValidationException("transitions", NLS.bind(Messages.Workflow_unknownStatus, end)); //$NON-NLS-1$
				}
			}
		}
		Set<String> reasons = new HashSet<>();
		for (ClosingReason reason : workflow.closingReasons()) {
			code("closingReasons", reason.code(), reason.name()); //$NON-NLS-1$
			if (!reasons.add(reason.code())) {
				throw new ValidationException("closingReasons", NLS.bind(Messages.Workflow_duplicateCode, reason.code())); //$NON-NLS-1$
			}
		}
		if (workflow.statuses().stream().anyMatch(CaseStatus::closed) && reasons.isEmpty()) {
			throw new ValidationException("closingReasons", Messages.Workflow_noClosingReason); //$NON-NLS-1$
		}
	}

	/** Refuses a code that is not [A-Z][A-Z0-9_]* or too long, or a blank or too long name. */
	static void code(String field, String code, String name) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]*") || code.length() > CODE_LENGTH || name == null //$NON-NLS-1$
				|| name.isBlank() || name.length() > NAME_LENGTH) {
			throw new ValidationException(field, NLS.bind(Messages.Workflow_badCode, code, name));
		}
	}
}
