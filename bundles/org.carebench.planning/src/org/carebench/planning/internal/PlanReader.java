package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.carebench.core.NotFoundException;
import org.carebench.core.model.Jdbc;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemStatus;
import org.carebench.planning.PlanProgress;
import org.carebench.planning.PlanProgress.CostTotal;
import org.carebench.planning.PlanStructure.Group;
import org.carebench.planning.PlanStructure.Milestone;
import org.carebench.planning.PlanStructure.Participant;
import org.carebench.planning.PlanStructure.SubGoal;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.UnitDelivery;
import org.carebench.planning.api.ItemFacts;
import org.carebench.planning.api.Money;
import org.carebench.planning.api.PlanItemType;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a whole plan and computes its roll-up with the item types installed now.
 *
 * @param types the installed type of an id, or {@code null}
 */
record PlanReader(Connection connection, Function<String, PlanItemType> types, LocalDate today) {

	/** The case of a plan; "not found" when there is no such plan. */
	static long caseOf(Connection connection, long planId) {
		return Jdbc.first(connection, "SELECT case_id FROM service_plan WHERE id = ?", row -> row.getLong(1), planId) //$NON-NLS-1$
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Plan_notFound, planId)));
	}

	ServicePlan plan(long planId) {
		record Head(long caseId, String caseCode, long caseClientId, String goal, long principal, long version) {
		}
		Head head = Jdbc.first(connection, "SELECT p.case_id, c.code, c.client_id, p.goal, p.principal_client_id," //$NON-NLS-1$
				+ " p.version FROM service_plan p JOIN care_case c ON c.id = p.case_id WHERE p.id = ?", //$NON-NLS-1$
				row -> new Head(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getLong(5),
						row.getLong(6)),
				planId).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Plan_notFound, planId)));
		List<Participant> participants = Jdbc.list(connection, "SELECT pp.client_id, cl.anonymous, cl.first_name," //$NON-NLS-1$
				+ " cl.last_name FROM plan_participant pp JOIN client_profile cl ON cl.id = pp.client_id" //$NON-NLS-1$
				+ " WHERE pp.plan_id = ? ORDER BY cl.search_name, cl.id", //$NON-NLS-1$
				row -> new Participant(row.getLong(1), clientName(row, 2), row.getLong(1) == head.principal(),
						row.getLong(1) == head.caseClientId()),
				planId);
		List<Group> groups = Jdbc.list(connection,
				"SELECT id, name, position FROM plan_group WHERE plan_id = ? ORDER BY position, id", //$NON-NLS-1$
				row -> new Group(row.getLong(1), row.getString(2), row.getInt(3)), planId);
		List<SubGoal> subGoals = Jdbc.list(connection,
				"SELECT id, group_id, name, position FROM plan_sub_goal WHERE plan_id = ? ORDER BY position, id", //$NON-NLS-1$
				row -> new SubGoal(row.getLong(1), (Long) row.getObject(2), row.getString(3), row.getInt(4)), planId);
		List<Milestone> milestones = Jdbc.list(connection, "SELECT id, name, expected_date, actual_date" //$NON-NLS-1$
				+ " FROM plan_milestone WHERE plan_id = ? ORDER BY expected_date, id", row -> { //$NON-NLS-1$
					LocalDate expected = row.getDate(3).toLocalDate();
					LocalDate actual = date(row.getDate(4));
					return new Milestone(row.getLong(1), row.getString(2), expected, actual,
							actual == null && expected.isBefore(today));
				}, planId);
		List<PlanItem> items = items(planId, null);
		return new ServicePlan(planId, head.caseId(), head.caseCode(), head.goal(), participants, groups, subGoals,
				items, milestones, rollUp(items), head.version());
	}

	/** One item of a plan, without reading the rest of it. */
	PlanItem item(long planId, long itemId) {
		return items(planId, itemId).stream().findFirst()
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Item_notFound, itemId)));
	}

	/** The plan's items, or only {@code itemId} when given. */
	private List<PlanItem> items(long planId, Long itemId) {
		Map<Long, Map<String, Object>> values = FieldValues.ofPlan(connection, planId);
		Map<Long, List<Long>> participants = new HashMap<>();
		Jdbc.list(connection, "SELECT ip.item_id, ip.client_id FROM plan_item_participant ip" //$NON-NLS-1$
				+ " JOIN plan_item i ON i.id = ip.item_id WHERE i.plan_id = ? ORDER BY ip.client_id", row -> { //$NON-NLS-1$
					participants.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
					return null;
				}, planId);
		Map<Long, List<UnitDelivery>> deliveries = new HashMap<>();
		Jdbc.list(connection, "SELECT d.item_id, d.id, d.delivered_on, d.units, d.delivered_by, u.display_name," //$NON-NLS-1$
				+ " d.over_reason FROM plan_unit_delivery d JOIN plan_item i ON i.id = d.item_id" //$NON-NLS-1$
				+ " LEFT JOIN app_user u ON u.id = d.delivered_by WHERE i.plan_id = ? ORDER BY d.delivered_on, d.id", //$NON-NLS-1$
				row -> {
					deliveries.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
							.add(new UnitDelivery(row.getLong(2), row.getDate(3).toLocalDate(), row.getBigDecimal(4),
									(Long) row.getObject(5), row.getString(6), row.getString(7)));
					return null;
				}, planId);
		return Jdbc.list(connection, "SELECT i.id, i.sub_goal_id, i.type_id, i.name, i.purpose, i.status," //$NON-NLS-1$
				+ " i.owner_user_id, i.owner_client_id, u.display_name, cl.anonymous, cl.first_name, cl.last_name," //$NON-NLS-1$
				+ " i.expected_start, i.expected_end, i.actual_start, i.actual_end, i.expected_outcome, i.actual_outcome," //$NON-NLS-1$
				+ " i.currency, i.expected_cost, i.actual_cost, i.version, i.definition_id FROM plan_item i" //$NON-NLS-1$
				+ " LEFT JOIN app_user u ON u.id = i.owner_user_id LEFT JOIN client_profile cl ON cl.id = i.owner_client_id" //$NON-NLS-1$
				+ " WHERE i.plan_id = ? AND (CAST(? AS BIGINT) IS NULL OR i.id = ?) ORDER BY i.sub_goal_id, i.id", //$NON-NLS-1$
				row -> {
					long id = row.getLong(1);
					String typeId = row.getString(3);
					PlanItemType type = types.apply(typeId);
					Map<String, Object> itemValues = values.getOrDefault(id, Map.of());
					List<UnitDelivery> delivered = deliveries.getOrDefault(id, List.of());
					BigDecimal units = delivered.stream().map(UnitDelivery::units).reduce(BigDecimal.ZERO,
							BigDecimal::add);
					PlanItemStatus status = PlanItemStatus.valueOf(row.getString(6));
					LocalDate actualStart = date(row.getDate(15));
					LocalDate actualEnd = date(row.getDate(16));
					Currency currency = row.getString(19) == null ? null : Currency.getInstance(row.getString(19).strip());
					ItemFacts facts = new ItemFacts(status == PlanItemStatus.COMPLETED,
							status == PlanItemStatus.CANCELLED, actualStart, actualEnd, itemValues, units);
					double progress = type == null ? (facts.completed() ? 1 : 0)
							: Math.max(0, Math.min(1, type.progress(facts)));
					String owner = row.getObject(7) != null ? row.getString(9)
							: row.getObject(8) != null ? clientName(row, 10) : null;
					return new PlanItem(id, planId, row.getLong(2), typeId,
							type == null ? NLS.bind(Messages.Type_unknown, typeId) : type.label(), type != null,
							(Long) row.getObject(23), row.getString(4), row.getString(5), status, (Long) row.getObject(7),
							(Long) row.getObject(8), owner, date(row.getDate(13)), date(row.getDate(14)), actualStart,
							actualEnd, row.getString(17), row.getString(18), money(row.getBigDecimal(20), currency),
							money(row.getBigDecimal(21), currency), participants.getOrDefault(id, List.of()),
							itemValues, type == null ? null : type.authorizedUnits(itemValues), units, delivered,
							progress, row.getLong(22));
				}, planId, itemId, itemId);
	}

	private PlanProgress rollUp(List<PlanItem> items) {
		int completed = 0;
		int total = 0;
		int late = 0;
		double progress = 0;
		BigDecimal delivered = BigDecimal.ZERO;
		BigDecimal authorized = BigDecimal.ZERO;
		Map<String, Money[]> costs = new TreeMap<>();
		Span expected = new Span();
		Span actual = new Span();
		boolean allEnded = true;
		for (PlanItem item : items) {
			if (item.status() != PlanItemStatus.CANCELLED) {
				total++;
				progress += item.progress();
				if (item.status() == PlanItemStatus.COMPLETED) {
					completed++;
				} else if (item.expectedEnd() != null && item.expectedEnd().isBefore(today)) {
					late++;
				}
				expected.add(item.expectedStart(), item.expectedEnd());
				actual.add(item.actualStart(), item.actualEnd());
				allEnded &= item.actualEnd() != null;
			}
			if (item.unitsAuthorized() != null) {
				authorized = authorized.add(item.unitsAuthorized());
				delivered = delivered.add(item.unitsDelivered());
			}
			addCost(costs, item.expectedCost(), 0);
			addCost(costs, item.actualCost(), 1);
		}
		List<CostTotal> totals = costs.entrySet().stream()
				.map(entry -> new CostTotal(Currency.getInstance(entry.getKey()), entry.getValue()[0],
						entry.getValue()[1]))
				.toList();
		PlanProgress.Dates dates = new PlanProgress.Dates(expected.start, expected.end, actual.start,
				allEnded && total > 0 ? actual.end : null);
		return new PlanProgress(completed, total, delivered, authorized, total == 0 ? 0 : progress / total, totals,
				dates, late);
	}

	/** The earliest start and latest end seen. */
	private static final class Span {
		LocalDate start;
		LocalDate end;

		void add(LocalDate from, LocalDate to) {
			if (from != null && (start == null || from.isBefore(start))) {
				start = from;
			}
			if (to != null && (end == null || to.isAfter(end))) {
				end = to;
			}
		}
	}

	private static void addCost(Map<String, Money[]> costs, Money cost, int side) {
		if (cost == null) {
			return;
		}
		Money[] pair = costs.computeIfAbsent(cost.currency().getCurrencyCode(), code -> new Money[2]);
		pair[side] = pair[side] == null ? cost : new Money(pair[side].amount().add(cost.amount()), cost.currency());
	}

	private static Money money(BigDecimal amount, Currency currency) {
		return amount == null || currency == null ? null : new Money(amount, currency);
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	/** The name of a client read from columns anonymous, first name, last name starting at {@code column}. */
	static String clientName(ResultSet row, int column) throws SQLException {
		return row.getBoolean(column) ? Messages.Client_anonymous
				: row.getString(column + 1) + " " + row.getString(column + 2); //$NON-NLS-1$
	}
}
