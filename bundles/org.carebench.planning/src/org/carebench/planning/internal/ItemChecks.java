package org.carebench.planning.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.carebench.cases.CaseFacts;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.api.FieldProblem;
import org.carebench.planning.api.Money;
import org.carebench.planning.api.PlanItemType;
import org.eclipse.osgi.util.NLS;

/**
 * Problems found while checking what a user entered for a plan, in the order of the form; thrown together as one
 * {@link ValidationException} naming the first wrong field and listing every problem.
 */
final class ItemChecks {

	static final int NAME_LENGTH = 200;
	static final int LONG_TEXT = 1000;
	static final int GOAL_LENGTH = 500;

	private final List<FieldProblem> problems = new ArrayList<>();

	/**
	 * Checks an item draft whole; returns the item's name and purpose (from the project's definition for types
	 * with defined names).
	 */
	static String[] check(Connection connection, CaseFacts theCase, long planId, PlanItemType type,
			PlanItemDraft draft) {
		ItemChecks checks = new ItemChecks();
		String name;
		String purpose;
		if (type.definedNames()) {
			String[] defined = draft.definitionId() == null ? null
					: Jdbc.first(connection, "SELECT name, purpose FROM plan_item_definition WHERE id = ? AND project_id = ?", //$NON-NLS-1$
							row -> new String[] { row.getString(1), row.getString(2) }, draft.definitionId(),
							theCase.projectId()).orElse(null);
			if (defined == null) {
				checks.add("definition", Messages.Item_definitionNeeded); //$NON-NLS-1$
				defined = new String[] { "", null }; //$NON-NLS-1$
			}
			name = defined[0];
			purpose = defined[1];
		} else {
			name = checks.text("name", Messages.Field_name, draft.name(), NAME_LENGTH, true); //$NON-NLS-1$
			purpose = checks.text("purpose", Messages.Field_purpose, draft.purpose(), LONG_TEXT, false); //$NON-NLS-1$
		}
		if (draft.status() == null) {
			checks.add("status", NLS.bind(Messages.Field_required, Messages.Field_status)); //$NON-NLS-1$
		}
		checks.order("expectedEnd", Messages.Field_expectedEnd, draft.expectedStart(), draft.expectedEnd()); //$NON-NLS-1$
		checks.order("actualEnd", Messages.Field_actualEnd, draft.actualStart(), draft.actualEnd()); //$NON-NLS-1$
		checks.text("expectedOutcome", Messages.Field_expectedOutcome, draft.expectedOutcome(), LONG_TEXT, false); //$NON-NLS-1$
		checks.text("actualOutcome", Messages.Field_actualOutcome, draft.actualOutcome(), LONG_TEXT, false); //$NON-NLS-1$
		checks.cost("expectedCost", Messages.Field_expectedCost, draft.expectedCost()); //$NON-NLS-1$
		checks.cost("actualCost", Messages.Field_actualCost, draft.actualCost()); //$NON-NLS-1$
		if (draft.expectedCost() != null && draft.actualCost() != null
				&& !draft.expectedCost().currency().equals(draft.actualCost().currency())) {
			checks.add("actualCost", Messages.Item_oneCurrency); //$NON-NLS-1$
		}
		Set<Long> members = new HashSet<>(Jdbc.list(connection, "SELECT client_id FROM plan_participant WHERE plan_id = ?", //$NON-NLS-1$
				row -> row.getLong(1), planId));
		if (draft.ownerUserId() != null) {
			try {
				organizationUser(connection, theCase, draft.ownerUserId(), "owner"); //$NON-NLS-1$
			} catch (ValidationException e) {
				checks.add("owner", e.getMessage()); //$NON-NLS-1$
			}
		} else if (draft.ownerClientId() != null) {
			if (!members.contains(draft.ownerClientId())) {
				checks.add("owner", Messages.Item_ownerNotMember); //$NON-NLS-1$
			}
		} else {
			checks.add("owner", NLS.bind(Messages.Field_required, Messages.Field_owner)); //$NON-NLS-1$
		}
		if (!members.containsAll(draft.participantIds())) {
			checks.add("participants", Messages.Item_participantsNotMembers); //$NON-NLS-1$
		}
		List<FieldProblem> typeProblems = FieldValues.check(type.fields(), draft.values());
		if (typeProblems.isEmpty()) {
			typeProblems = type.validate(draft.values());
		}
		typeProblems.forEach(problem -> checks.add(problem.field(), problem.message()));
		checks.throwIfAny();
		return new String[] { name, purpose };
	}

	/** Refuses a user who is not an active user of the case's organization. */
	static void organizationUser(Connection connection, CaseFacts theCase, long userId, String field) {
		if (Jdbc.first(connection, "SELECT 1 FROM app_user WHERE id = ? AND organization_id = ? AND active = TRUE", //$NON-NLS-1$
				row -> Boolean.TRUE, userId, theCase.organizationId()).isEmpty()) {
			throw new ValidationException(field, Messages.Item_userNotOfOrganization);
		}
	}

	static String required(String field, String label, String text, int maxLength) {
		return checkedText(field, label, text, maxLength, true);
	}

	static String optional(String field, String label, String text, int maxLength) {
		return checkedText(field, label, text, maxLength, false);
	}

	/** One text checked by the same rule as a draft's, refused at once. */
	private static String checkedText(String field, String label, String text, int maxLength, boolean required) {
		ItemChecks checks = new ItemChecks();
		String value = checks.text(field, label, text, maxLength, required);
		checks.throwIfAny();
		return value;
	}

	void add(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	String text(String field, String label, String text, int maxLength, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				add(field, NLS.bind(Messages.Field_required, label));
			}
			return null;
		}
		if (text.strip().length() > maxLength) {
			add(field, NLS.bind(Messages.Field_tooLong, label, maxLength));
		}
		return text.strip();
	}

	void order(String field, String label, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			add(field, NLS.bind(Messages.Item_endBeforeStart, label));
		}
	}

	void cost(String field, String label, Money cost) {
		if (cost != null && cost.negative()) {
			add(field, NLS.bind(Messages.Item_negativeCost, label));
		}
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			String message = problems.stream().map(FieldProblem::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
			throw new ValidationException(problems.get(0).field(), message);
		}
	}
}
