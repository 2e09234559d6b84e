package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.carebench.core.NotFoundException;
import org.carebench.core.model.Jdbc;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.api.Money;
import org.carebench.planning.api.PlanItemType;
import org.eclipse.osgi.util.NLS;

/** The SQL that writes plan items and finds what plans their parts belong to. */
final class PlanStore {

	private PlanStore() {
	}

	/** Reserves {@code count} ids of the planning tables' one sequence and returns the first. */
	static long reserveIds(Connection connection, int count) {
		return Jdbc.reserveIds(connection, "plan", count); //$NON-NLS-1$
	}

	static long planOfSubGoal(Connection connection, long subGoalId) {
		return Jdbc.first(connection, "SELECT plan_id FROM plan_sub_goal WHERE id = ?", row -> row.getLong(1), //$NON-NLS-1$
				subGoalId).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.SubGoal_notFound, subGoalId)));
	}

	static long planOfItem(Connection connection, long itemId) {
		return Jdbc.first(connection, "SELECT plan_id FROM plan_item WHERE id = ?", row -> row.getLong(1), itemId) //$NON-NLS-1$
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Item_notFound, itemId)));
	}

	static long planOfMilestone(Connection connection, long milestoneId) {
		return Jdbc.first(connection, "SELECT plan_id FROM plan_milestone WHERE id = ?", row -> row.getLong(1), //$NON-NLS-1$
				milestoneId).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Milestone_notFound, milestoneId)));
	}

	static String goal(Connection connection, long planId) {
		return Jdbc.first(connection, "SELECT goal FROM service_plan WHERE id = ?", row -> row.getString(1), planId) //$NON-NLS-1$
				.orElseThrow();
	}

	/** Inserts an item checked by {@link ItemChecks#check}; returns its id. */
	static long insertItem(Connection connection, long planId, long subGoalId, PlanItemType type, PlanItemDraft draft,
			String[] namePurpose) {
		long id = reserveIds(connection, 1);
		Jdbc.update(connection, "INSERT INTO plan_item (id, plan_id, sub_goal_id, type_id, definition_id, name, purpose," //$NON-NLS-1$
				+ " status, owner_user_id, owner_client_id, expected_start, expected_end, actual_start, actual_end," //$NON-NLS-1$
				+ " expected_outcome, actual_outcome, currency, expected_cost, actual_cost)" //$NON-NLS-1$
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
				id, planId, subGoalId, type.id(), type.definedNames() ? draft.definitionId() : null, namePurpose[0],
				namePurpose[1], draft.status().name(), draft.ownerUserId(), draft.ownerClientId(),
				date(draft.expectedStart()), date(draft.expectedEnd()), date(draft.actualStart()),
				date(draft.actualEnd()), text(draft.expectedOutcome()), text(draft.actualOutcome()), currency(draft),
				amount(draft.expectedCost()), amount(draft.actualCost()));
		storeDetails(connection, id, type, draft);
		return id;
	}

	/** Rewrites an item from a checked draft, its version moving on. */
	static void updateItem(Connection connection, long itemId, PlanItemType type, PlanItemDraft draft,
			String[] namePurpose) {
		Jdbc.update(connection, "UPDATE plan_item SET definition_id = ?, name = ?, purpose = ?, status = ?, owner_user_id = ?," //$NON-NLS-1$
				+ " owner_client_id = ?, expected_start = ?, expected_end = ?, actual_start = ?, actual_end = ?," //$NON-NLS-1$
				+ " expected_outcome = ?, actual_outcome = ?, currency = ?, expected_cost = ?, actual_cost = ?," //$NON-NLS-1$
				+ " version = version + 1 WHERE id = ?", //$NON-NLS-1$
				type.definedNames() ? draft.definitionId() : null, namePurpose[0], namePurpose[1], draft.status().name(),
				draft.ownerUserId(), draft.ownerClientId(), date(draft.expectedStart()), date(draft.expectedEnd()),
				date(draft.actualStart()), date(draft.actualEnd()), text(draft.expectedOutcome()),
				text(draft.actualOutcome()), currency(draft), amount(draft.expectedCost()), amount(draft.actualCost()),
				itemId);
		Jdbc.update(connection, "DELETE FROM plan_item_participant WHERE item_id = ?", itemId); //$NON-NLS-1$
		storeDetails(connection, itemId, type, draft);
	}

	private static void storeDetails(Connection connection, long itemId, PlanItemType type, PlanItemDraft draft) {
		for (long client : draft.participantIds()) {
			Jdbc.update(connection, "INSERT INTO plan_item_participant (item_id, client_id) VALUES (?, ?)", itemId, //$NON-NLS-1$
					client);
		}
		FieldValues.store(connection, itemId, type.fields(), draft.values());
	}

	/** The names of a plan's members, by name. */
	static String memberNames(Connection connection, long planId) {
		return String.join(", ", Jdbc.list(connection, "SELECT cl.anonymous, cl.first_name, cl.last_name" //$NON-NLS-1$ //$NON-NLS-2$
				+ " FROM plan_participant pp JOIN client_profile cl ON cl.id = pp.client_id WHERE pp.plan_id = ?" //$NON-NLS-1$
				+ " ORDER BY cl.search_name, cl.id", row -> PlanReader.clientName(row, 1), planId)); //$NON-NLS-1$
	}

	/** Ids are numbers: written out, they cannot inject anything. */
	static String numbers(Set<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static String text(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String currency(PlanItemDraft draft) {
		Money cost = draft.expectedCost() != null ? draft.expectedCost() : draft.actualCost();
		return cost == null ? null : cost.currency().getCurrencyCode();
	}

	private static BigDecimal amount(Money money) {
		return money == null ? null : money.amount();
	}
}
