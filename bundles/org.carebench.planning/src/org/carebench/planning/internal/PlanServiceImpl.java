package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.CaseEditing;
import org.carebench.cases.CaseFacts;
import org.carebench.cases.CaseParticipant;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanActions;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSummary;
import org.carebench.planning.ServicePlan;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service plans, in SQL over the planning tables. Every change goes through the case's {@link CaseAccess#change}:
 * the user must see the case and may edit it, and the change is logged in the case's activity log.
 */
@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {

	private final ServiceContext context;
	private final CaseAccess cases;
	private final PlanWork work;
	private final PlanItemChanges items;

	@Activate
	public PlanServiceImpl(@Reference ServiceContext context, @Reference CaseAccess cases,
			@Reference PlanItemTypes types) {
		this.context = context;
		this.cases = cases;
		this.work = new PlanWork(context, cases, types);
		this.items = new PlanItemChanges(work);
	}

	@Override
	public List<PlanSummary> plans(long caseId) {
		return context.read(em -> {
			cases.visibleCase(em, caseId);
			Connection connection = Jdbc.of(em);
			PlanReader reader = reader(connection);
			return Jdbc.list(connection, "SELECT id, created_at FROM service_plan WHERE case_id = ? ORDER BY id", //$NON-NLS-1$
					row -> new Object[] { row.getLong(1), UtcInstantConverter.toInstant(row.getTimestamp(2)) }, caseId)
					.stream().map(row -> {
						ServicePlan plan = reader.plan((Long) row[0]);
						return new PlanSummary(plan.id(), caseId, plan.goal(), plan.progress().itemsCompleted(),
								plan.progress().itemsTotal(), (Instant) row[1]);
					}).toList();
		});
	}

	@Override
	public ServicePlan plan(long planId) {
		return context.read(em -> {
			Connection connection = Jdbc.of(em);
			cases.visibleCase(em, PlanReader.caseOf(connection, planId));
			return reader(connection).plan(planId);
		});
	}

	private PlanReader reader(Connection connection) {
		return work.reader(connection);
	}

	@Override
	public ServicePlan createPlan(long caseId, NewPlan plan) {
		List<String> subGoals = plan.subGoals() == null ? List.of()
				: plan.subGoals().stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
		if (subGoals.isEmpty()) {
			throw new ValidationException("subGoals", Messages.Plan_subGoalNeeded); //$NON-NLS-1$
		}
		for (String name : subGoals) {
			ItemChecks.required("subGoals", Messages.Field_subGoal, name, ItemChecks.GOAL_LENGTH); //$NON-NLS-1$
		}
		return cases.change(caseId, Permission.CASE_EDIT, Messages.Action_changePlan, edit -> {
			Connection connection = Jdbc.of(edit.em());
			String goal;
			if (plan.goalDefinitionId() != null) {
				goal = Jdbc.first(connection, "SELECT name FROM plan_goal_definition WHERE id = ? AND project_id = ?", //$NON-NLS-1$
						row -> row.getString(1), plan.goalDefinitionId(), edit.facts().projectId())
						.orElseThrow(() -> new ValidationException("goal", Messages.Plan_noSuchGoal)); //$NON-NLS-1$
			} else {
				goal = ItemChecks.required("goal", Messages.Field_goal, plan.goalText(), ItemChecks.GOAL_LENGTH); //$NON-NLS-1$
			}
			Set<Long> members = checkMembers(edit.em(), edit.facts(), plan.principalClientId(), plan.participantIds());
			long id = PlanStore.reserveIds(connection, 1 + subGoals.size());
			Jdbc.update(connection, "INSERT INTO service_plan (id, case_id, goal, goal_definition_id, principal_client_id," //$NON-NLS-1$
					+ " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, caseId, goal, plan.goalDefinitionId(), //$NON-NLS-1$
					plan.principalClientId(), edit.actor().userId(), UtcInstantConverter.toTimestamp(edit.now()));
			for (long member : members) {
				Jdbc.update(connection, "INSERT INTO plan_participant (plan_id, client_id) VALUES (?, ?)", id, member); //$NON-NLS-1$
			}
			for (int i = 0; i < subGoals.size(); i++) {
				Jdbc.update(connection, "INSERT INTO plan_sub_goal (id, plan_id, name, position) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
						id + 1 + i, id, subGoals.get(i), i);
			}
			edit.log(PlanActions.CREATED, null, goal, String.join("; ", subGoals)); //$NON-NLS-1$
			return reader(connection).plan(id);
		});
	}

	/**
	 * The plan's members, checked: case participants only, the case's primary client among them, the principal
	 * participant one of them.
	 */
	private Set<Long> checkMembers(EntityManager em, CaseFacts theCase, long principal, Set<Long> ids) {
		Set<Long> members = ids == null ? new HashSet<>() : new HashSet<>(ids);
		Map<Long, CaseParticipant> people = cases.participants(em, theCase.id()).stream()
				.collect(Collectors.toMap(CaseParticipant::clientId, person -> person));
		for (long member : members) {
			if (!people.containsKey(member)) {
				throw new ValidationException("participants", NLS.bind(Messages.Plan_notCaseParticipant, member)); //$NON-NLS-1$
			}
		}
		if (!members.contains(theCase.clientId())) {
			throw new ValidationException("participants", Messages.Plan_primaryClientMissing); //$NON-NLS-1$
		}
		if (!members.contains(principal)) {
			throw new ValidationException("principal", Messages.Plan_principalNotMember); //$NON-NLS-1$
		}
		return members;
	}

	@Override
	public ServicePlan setParticipants(long planId, long principalClientId, Set<Long> participantIds) {
		return changePlan(planId, (edit, connection) -> {
			Set<Long> members = checkMembers(edit.em(), edit.facts(), principalClientId, participantIds);
			List<String> busy = Jdbc.list(connection, "SELECT DISTINCT i.name FROM plan_item i" //$NON-NLS-1$
					+ " LEFT JOIN plan_item_participant ip ON ip.item_id = i.id WHERE i.plan_id = ?" //$NON-NLS-1$
					+ " AND (i.owner_client_id NOT IN (" + PlanStore.numbers(members) + ") OR ip.client_id NOT IN (" //$NON-NLS-1$ //$NON-NLS-2$
					+ PlanStore.numbers(members) + "))", row -> row.getString(1), planId); //$NON-NLS-1$
			if (!busy.isEmpty()) {
				throw new ValidationException("participants", NLS.bind(Messages.Plan_participantInUse, //$NON-NLS-1$
						String.join(", ", busy))); //$NON-NLS-1$
			}
			String before = PlanStore.memberNames(connection, planId);
			Jdbc.update(connection, "DELETE FROM plan_participant WHERE plan_id = ?", planId); //$NON-NLS-1$
			for (long member : members) {
				Jdbc.update(connection, "INSERT INTO plan_participant (plan_id, client_id) VALUES (?, ?)", planId, member); //$NON-NLS-1$
			}
			Jdbc.update(connection, "UPDATE service_plan SET principal_client_id = ?, version = version + 1 WHERE id = ?", //$NON-NLS-1$
					principalClientId, planId);
			return new LogLine(PlanActions.PARTICIPANTS, before, PlanStore.memberNames(connection, planId));
		});
	}

	@Override
	public ServicePlan addGroup(long planId, String name) {
		String text = ItemChecks.required("name", Messages.Field_group, name, ItemChecks.NAME_LENGTH); //$NON-NLS-1$
		return changePlan(planId, (edit, connection) -> {
			long id = PlanStore.reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_group (id, plan_id, name, position) VALUES (?, ?, ?," //$NON-NLS-1$
					+ " (SELECT COUNT(*) FROM plan_group WHERE plan_id = ?))", id, planId, text, planId); //$NON-NLS-1$
			return new LogLine(PlanActions.STRUCTURE, null, NLS.bind(Messages.Log_group, text));
		});
	}

	@Override
	public ServicePlan addSubGoal(long planId, String name, Long groupId) {
		String text = ItemChecks.required("name", Messages.Field_subGoal, name, ItemChecks.GOAL_LENGTH); //$NON-NLS-1$
		return changePlan(planId, (edit, connection) -> {
			checkGroup(connection, planId, groupId);
			long id = PlanStore.reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_sub_goal (id, plan_id, group_id, name, position) VALUES (?, ?, ?, ?," //$NON-NLS-1$
					+ " (SELECT COUNT(*) FROM plan_sub_goal WHERE plan_id = ?))", id, planId, groupId, text, planId); //$NON-NLS-1$
			return new LogLine(PlanActions.STRUCTURE, null, NLS.bind(Messages.Log_subGoal, text));
		});
	}

	@Override
	public ServicePlan moveSubGoal(long subGoalId, Long groupId) {
		return changePlan(connection -> PlanStore.planOfSubGoal(connection, subGoalId), (edit, connection) -> {
			long planId = PlanStore.planOfSubGoal(connection, subGoalId);
			checkGroup(connection, planId, groupId);
			Jdbc.update(connection, "UPDATE plan_sub_goal SET group_id = ? WHERE id = ?", groupId, subGoalId); //$NON-NLS-1$
			String subGoal = Jdbc.first(connection, "SELECT name FROM plan_sub_goal WHERE id = ?", //$NON-NLS-1$
					row -> row.getString(1), subGoalId).orElseThrow();
			return new LogLine(PlanActions.STRUCTURE, null, NLS.bind(Messages.Log_subGoalMoved, subGoal));
		});
	}

	private static void checkGroup(Connection connection, long planId, Long groupId) {
		if (groupId != null && Jdbc.first(connection, "SELECT 1 FROM plan_group WHERE id = ? AND plan_id = ?", //$NON-NLS-1$
				row -> Boolean.TRUE, groupId, planId).isEmpty()) {
			throw new ValidationException("group", Messages.Plan_noSuchGroup); //$NON-NLS-1$
		}
	}

	@Override
	public ServicePlan addMilestone(long planId, String name, LocalDate expectedDate) {
		String text = ItemChecks.required("name", Messages.Field_milestone, name, ItemChecks.NAME_LENGTH); //$NON-NLS-1$
		if (expectedDate == null) {
			throw new ValidationException("expectedDate", NLS.bind(Messages.Field_required, Messages.Field_expectedDate)); //$NON-NLS-1$
		}
		return changePlan(planId, (edit, connection) -> {
			long id = PlanStore.reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_milestone (id, plan_id, name, expected_date) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
					id, planId, text, Date.valueOf(expectedDate));
			return new LogLine(PlanActions.MILESTONE, null, NLS.bind(Messages.Log_milestone, text, expectedDate));
		});
	}

	@Override
	public ServicePlan reachMilestone(long milestoneId, LocalDate actualDate) {
		if (actualDate == null) {
			throw new ValidationException("actualDate", NLS.bind(Messages.Field_required, Messages.Field_actualDate)); //$NON-NLS-1$
		}
		return changePlan(connection -> PlanStore.planOfMilestone(connection, milestoneId), (edit, connection) -> {
			Jdbc.update(connection, "UPDATE plan_milestone SET actual_date = ? WHERE id = ?", Date.valueOf(actualDate), //$NON-NLS-1$
					milestoneId);
			String name = Jdbc.first(connection, "SELECT name FROM plan_milestone WHERE id = ?", row -> row.getString(1), //$NON-NLS-1$
					milestoneId).orElseThrow();
			return new LogLine(PlanActions.MILESTONE, null, NLS.bind(Messages.Log_milestoneReached, name, actualDate));
		});
	}

	/** An entry for the case's activity log; the plan's goal is its detail. */
	private record LogLine(String action, String before, String after) {
	}

	@FunctionalInterface
	private interface PlanChange {
		LogLine apply(CaseEditing edit, Connection connection);
	}

	private ServicePlan changePlan(long planId, PlanChange change) {
		return changePlan(connection -> planId, change);
	}

	/** Changes the plan {@code findPlan} finds, logs the change and returns the plan as it is then. */
	private ServicePlan changePlan(ToLongFunction<Connection> findPlan, PlanChange change) {
		return work.change(findPlan, (edit, connection, planId, reader) -> {
			LogLine line = change.apply(edit, connection);
			edit.log(line.action(), line.before(), line.after(), PlanStore.goal(connection, planId));
			return reader.plan(planId);
		});
	}

	@Override
	public PlanItem addItem(long subGoalId, PlanItemDraft draft) {
		return items.add(subGoalId, draft);
	}

	@Override
	public PlanItem updateItem(long itemId, PlanItemDraft draft, long expectedVersion) {
		return items.update(itemId, draft, expectedVersion);
	}

	@Override
	public PlanItem recordDelivery(long itemId, LocalDate deliveredOn, BigDecimal units, Long deliveredById,
			String overReason) {
		return items.recordDelivery(itemId, deliveredOn, units, deliveredById, overReason);
	}
}
