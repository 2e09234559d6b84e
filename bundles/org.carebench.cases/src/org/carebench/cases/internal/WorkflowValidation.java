package org.carebench.cases.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseType;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;

/** What a project's workflow and case types must be before they are saved; each refusal names what is wrong. */
final class WorkflowValidation {

	private static final int CODE_LENGTH = 40;
	private static final int NAME_LENGTH = 100;
	private static final int ACTIVITY_NAME_LENGTH = 200;
	private static final int MAX_OFFSET = 3650;

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
		for (Workflow.Translation translation : workflow.translations()) {
			Set<String> named = translation.kind() == Workflow.Named.STATUS ? codes : reasons;
			if (!named.contains(translation.code())) {
				throw new ValidationException("translations", //$NON-NLS-1$
						NLS.bind(Messages.Workflow_unknownStatus, translation.code()));
			}
			if (translation.language() == null || !translation.language().matches("[a-z]{2,3}")) { //$NON-NLS-1$
				throw new ValidationException("translations", //$NON-NLS-1$
						NLS.bind(Messages.Workflow_badLanguage, translation.language()));
			}
			code("translations", translation.code(), translation.name()); //$NON-NLS-1$
		}
	}

	/** A case type must have a name, unique codes, and activities that follow only earlier ones. */
	static void check(CaseType type) {
		code("code", type.code(), type.name()); //$NON-NLS-1$
		Set<String> roles = new HashSet<>();
		for (CaseType.Role role : type.roles()) {
			code("roles", role.code(), role.name()); //$NON-NLS-1$
			if (!roles.add(role.code())) {
				throw new ValidationException("roles", NLS.bind(Messages.Workflow_duplicateCode, role.code())); //$NON-NLS-1$
			}
		}
		Set<String> earlier = new HashSet<>();
		for (CaseType.Activity activity : type.activities()) {
			if (activity.code() == null || !activity.code().matches("[A-Z][A-Z0-9_]*") //$NON-NLS-1$
					|| activity.code().length() > CODE_LENGTH || activity.name() == null || activity.name().isBlank()
					|| activity.name().length() > ACTIVITY_NAME_LENGTH) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.Workflow_badCode, activity.code(), activity.name()));
			}
			if (activity.offsetDays() < 0 || activity.offsetDays() > MAX_OFFSET) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.CaseType_badOffset, activity.name(), MAX_OFFSET));
			}
			if (activity.relativeTo() != null && !earlier.contains(activity.relativeTo())) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.CaseType_followsLater, activity.name(), activity.relativeTo()));
			}
			if (activity.roleCode() != null && !roles.contains(activity.roleCode())) {
				throw new ValidationException("activities", //$NON-NLS-1$
						NLS.bind(Messages.CaseType_noSuchRole, activity.roleCode(), type.name()));
			}
			if (!earlier.add(activity.code())) {
				throw new ValidationException("activities", NLS.bind(Messages.Workflow_duplicateCode, activity.code())); //$NON-NLS-1$
			}
		}
	}

	/** The codes of {@code items}, each checked by {@link #code} and refused when used twice. */
	static <T> Set<String> codes(String field, List<T> items, Function<T, String> code, Function<T, String> name) {
		Set<String> codes = new HashSet<>();
		for (T item : items) {
			code(field, code.apply(item), name.apply(item));
			if (!codes.add(code.apply(item))) {
				throw new ValidationException(field, NLS.bind(Messages.Workflow_duplicateCode, code.apply(item)));
			}
		}
		return codes;
	}

	/** Refuses a code that is not [A-Z][A-Z0-9_]* or too long, or a blank or too long name. */
	static void code(String field, String code, String name) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]*") || code.length() > CODE_LENGTH || name == null //$NON-NLS-1$
				|| name.isBlank() || name.length() > NAME_LENGTH) {
			throw new ValidationException(field, NLS.bind(Messages.Workflow_badCode, code, name));
		}
	}
}
