package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.CaseFacts;
import org.carebench.cases.CaseParticipant;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanActions;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSummary;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.api.FieldProblem;
import org.carebench.planning.api.Money;
import org.carebench.planning.api.PlanItemType;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Service plans, in SQL over the planning tables; checks and log entries through the case's services. */
@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {

	private static final int NAME_LENGTH = 200;
	private static final int LONG_TEXT = 1000;
	private static final int GOAL_LENGTH = 500;

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final CaseAccess cases;
	private final ActivityLog activityLog;
	private final Clock clock;
	private final List<PlanItemType> types = new CopyOnWriteArrayList<>();


	@Activate
	public PlanServiceImpl(@Reference Transactions transactions, @Reference Session session,
			@Reference AccessPolicy access, @Reference CaseAccess cases, @Reference ActivityLog activityLog) {
		this(transactions, session, access, cases, activityLog, Clock.systemDefaultZone());
	}

	public PlanServiceImpl(Transactions transactions, Session session, AccessPolicy access, CaseAccess cases,
			ActivityLog activityLog, Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.access = access;
		this.cases = cases;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void addType(PlanItemType type) {
		types.add(type);
	}

	public void removeType(PlanItemType type) {
		types.remove(type);
	}

	/** The installed type of that id, or {@code null}. */
	private PlanItemType type(String id) {
		return types.stream().filter(type -> type.id().equals(id)).findFirst().orElse(null);
	}

	@Override
	public List<ItemTypeInfo> itemTypes() {
		return types.stream().map(type -> new ItemTypeInfo(type.id(), type.label(), type.fields(), type.definedNames(),
				type.authorizedUnits(Map.of()) != null)).sorted(Comparator.comparing(ItemTypeInfo::label)).toList();
	}

	@Override
	public List<GoalDefinition> goalDefinitions(long projectId) {
		access.require(projectId, Permission.CASE_VIEW, Messages.Action_viewPlans);
		return transactions.read(em -> Jdbc.list(Jdbc.of(em),
				"SELECT id, name FROM plan_goal_definition WHERE project_id = ? ORDER BY name", //$NON-NLS-1$
				row -> new GoalDefinition(row.getLong(1), projectId, row.getString(2)), projectId));
	}

	@Override
	public GoalDefinition defineGoal(long projectId, String name) {
		access.require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_definePlans);
		String text = required("name", Messages.Field_name, name, NAME_LENGTH); //$NON-NLS-1$
		return transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			unique(connection, "plan_goal_definition", projectId, text); //$NON-NLS-1$
			long id = reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_goal_definition (id, project_id, name) VALUES (?, ?, ?)", id, //$NON-NLS-1$
					projectId, text);
			return new GoalDefinition(id, projectId, text);
		});
	}

	@Override
	public List<ItemDefinition> itemDefinitions(long projectId) {
		access.require(projectId, Permission.CASE_VIEW, Messages.Action_viewPlans);
		return transactions.read(em -> Jdbc.list(Jdbc.of(em),
				"SELECT id, name, purpose FROM plan_item_definition WHERE project_id = ? ORDER BY name", //$NON-NLS-1$
				row -> new ItemDefinition(row.getLong(1), projectId, row.getString(2), row.getString(3)), projectId));
	}

	@Override
	public ItemDefinition defineItem(long projectId, String name, String purpose) {
		access.require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_definePlans);
		String text = required("name", Messages.Field_name, name, NAME_LENGTH); //$NON-NLS-1$
		String why = optional("purpose", Messages.Field_purpose, purpose, LONG_TEXT); //$NON-NLS-1$
		return transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			unique(connection, "plan_item_definition", projectId, text); //$NON-NLS-1$
			long id = reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_item_definition (id, project_id, name, purpose) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
					id, projectId, text, why);
			return new ItemDefinition(id, projectId, text, why);
		});
	}

	private static void unique(Connection connection, String table, long projectId, String name) {
		if (Jdbc.first(connection, "SELECT 1 FROM " + table + " WHERE project_id = ? AND name = ?", //$NON-NLS-1$ //$NON-NLS-2$
				row -> Boolean.TRUE, projectId, name).isPresent()) {
			throw new ValidationException("name", NLS.bind(Messages.Definition_exists, name)); //$NON-NLS-1$
		}
	}

	@Override
	public List<PlanSummary> plans(long caseId) {
		return transactions.read(em -> {
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
		return transactions.read(em -> {
			Connection connection = Jdbc.of(em);
			cases.visibleCase(em, PlanReader.caseOf(connection, planId));
			return reader(connection).plan(planId);
		});
	}

	private PlanReader reader(Connection connection) {
		return new PlanReader(connection, this::type, LocalDate.now(clock));
	}

	@Override
	public ServicePlan createPlan(long caseId, NewPlan plan) {
		Actor actor = session.actor();
		List<String> subGoals = plan.subGoals() == null ? List.of()
				: plan.subGoals().stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
		if (subGoals.isEmpty()) {
			throw new ValidationException("subGoals", Messages.Plan_subGoalNeeded); //$NON-NLS-1$
		}
		for (String name : subGoals) {
			required("subGoals", Messages.Field_subGoal, name, GOAL_LENGTH); //$NON-NLS-1$
		}
		ServicePlan created = transactions.write(em -> {
			CaseFacts theCase = cases.require(em, caseId, Permission.CASE_EDIT, Messages.Action_changePlan);
			Connection connection = Jdbc.of(em);
			String goal;
			if (plan.goalDefinitionId() != null) {
				goal = Jdbc.first(connection, "SELECT name FROM plan_goal_definition WHERE id = ? AND project_id = ?", //$NON-NLS-1$
						row -> row.getString(1), plan.goalDefinitionId(), theCase.projectId())
						.orElseThrow(() -> new ValidationException("goal", Messages.Plan_noSuchGoal)); //$NON-NLS-1$
			} else {
				goal = required("goal", Messages.Field_goal, plan.goalText(), GOAL_LENGTH); //$NON-NLS-1$
			}
			Set<Long> members = checkMembers(em, theCase, plan.principalClientId(), plan.participantIds());
			Instant now = clock.instant();
			long id = reserveIds(connection, 1 + subGoals.size());
			Jdbc.update(connection, "INSERT INTO service_plan (id, case_id, goal, goal_definition_id, principal_client_id," //$NON-NLS-1$
					+ " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, caseId, goal, plan.goalDefinitionId(), //$NON-NLS-1$
					plan.principalClientId(), actor.userId(), UtcInstantConverter.toTimestamp(now));
			for (long member : members) {
				Jdbc.update(connection, "INSERT INTO plan_participant (plan_id, client_id) VALUES (?, ?)", id, member); //$NON-NLS-1$
			}
			for (int i = 0; i < subGoals.size(); i++) {
				Jdbc.update(connection, "INSERT INTO plan_sub_goal (id, plan_id, name, position) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
						id + 1 + i, id, subGoals.get(i), i);
			}
			activityLog.record(em, caseId, actor, PlanActions.CREATED, null, goal, String.join("; ", subGoals)); //$NON-NLS-1$
			cases.touch(em, caseId, now);
			em.flush();
			return reader(connection).plan(id);
		});
		cases.changed(caseId);
		return created;
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
		return changePlan(planId, (em, theCase, connection) -> {
			Set<Long> members = checkMembers(em, theCase, principalClientId, participantIds);
			List<String> busy = Jdbc.list(connection, "SELECT DISTINCT i.name FROM plan_item i" //$NON-NLS-1$
					+ " LEFT JOIN plan_item_participant ip ON ip.item_id = i.id WHERE i.plan_id = ?" //$NON-NLS-1$
					+ " AND (i.owner_client_id NOT IN (" + numbers(members) + ") OR ip.client_id NOT IN (" //$NON-NLS-1$ //$NON-NLS-2$
					+ numbers(members) + "))", row -> row.getString(1), planId); //$NON-NLS-1$
			if (!busy.isEmpty()) {
				throw new ValidationException("participants", NLS.bind(Messages.Plan_participantInUse, //$NON-NLS-1$
						String.join(", ", busy))); //$NON-NLS-1$
			}
			String before = memberNames(connection, planId);
			Jdbc.update(connection, "DELETE FROM plan_participant WHERE plan_id = ?", planId); //$NON-NLS-1$
			for (long member : members) {
				Jdbc.update(connection, "INSERT INTO plan_participant (plan_id, client_id) VALUES (?, ?)", planId, member); //$NON-NLS-1$
			}
			Jdbc.update(connection, "UPDATE service_plan SET principal_client_id = ?, version = version + 1 WHERE id = ?", //$NON-NLS-1$
					principalClientId, planId);
			return new LogLine(PlanActions.PARTICIPANTS, before, memberNames(connection, planId));
		});
	}

	/** Ids are numbers: written out, they cannot inject anything. */
	private static String numbers(Set<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	private static String memberNames(Connection connection, long planId) {
		return String.join(", ", Jdbc.list(connection, "SELECT cl.anonymous, cl.first_name, cl.last_name" //$NON-NLS-1$ //$NON-NLS-2$
				+ " FROM plan_participant pp JOIN client_profile cl ON cl.id = pp.client_id WHERE pp.plan_id = ?" //$NON-NLS-1$
				+ " ORDER BY cl.search_name, cl.id", row -> PlanReader.clientName(row, 1), planId)); //$NON-NLS-1$
	}

	@Override
	public ServicePlan addGroup(long planId, String name) {
		String text = required("name", Messages.Field_group, name, NAME_LENGTH); //$NON-NLS-1$
		return changePlan(planId, (em, theCase, connection) -> {
			long id = reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_group (id, plan_id, name, position) VALUES (?, ?, ?," //$NON-NLS-1$
					+ " (SELECT COUNT(*) FROM plan_group WHERE plan_id = ?))", id, planId, text, planId); //$NON-NLS-1$
			return new LogLine(PlanActions.STRUCTURE, null, NLS.bind(Messages.Log_group, text));
		});
	}

	@Override
	public ServicePlan addSubGoal(long planId, String name, Long groupId) {
		String text = required("name", Messages.Field_subGoal, name, GOAL_LENGTH); //$NON-NLS-1$
		return changePlan(planId, (em, theCase, connection) -> {
			checkGroup(connection, planId, groupId);
			long id = reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_sub_goal (id, plan_id, group_id, name, position) VALUES (?, ?, ?, ?," //$NON-NLS-1$
					+ " (SELECT COUNT(*) FROM plan_sub_goal WHERE plan_id = ?))", id, planId, groupId, text, planId); //$NON-NLS-1$
			return new LogLine(PlanActions.STRUCTURE, null, NLS.bind(Messages.Log_subGoal, text));
		});
	}

	@Override
	public ServicePlan moveSubGoal(long subGoalId, Long groupId) {
		long planId = transactions.read(em -> planOfSubGoal(Jdbc.of(em), subGoalId));
		return changePlan(planId, (em, theCase, connection) -> {
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

	private static long planOfSubGoal(Connection connection, long subGoalId) {
		return Jdbc.first(connection, "SELECT plan_id FROM plan_sub_goal WHERE id = ?", row -> row.getLong(1), //$NON-NLS-1$
				subGoalId).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.SubGoal_notFound, subGoalId)));
	}

	@Override
	public ServicePlan addMilestone(long planId, String name, LocalDate expectedDate) {
		String text = required("name", Messages.Field_milestone, name, NAME_LENGTH); //$NON-NLS-1$
		if (expectedDate == null) {
			throw new ValidationException("expectedDate", NLS.bind(Messages.Field_required, Messages.Field_expectedDate)); //$NON-NLS-1$
		}
		return changePlan(planId, (em, theCase, connection) -> {
			long id = reserveIds(connection, 1);
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
		long planId = transactions.read(em -> Jdbc.first(Jdbc.of(em), "SELECT plan_id FROM plan_milestone WHERE id = ?", //$NON-NLS-1$
				row -> row.getLong(1), milestoneId)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Milestone_notFound, milestoneId))));
		return changePlan(planId, (em, theCase, connection) -> {
			Jdbc.update(connection, "UPDATE plan_milestone SET actual_date = ? WHERE id = ?", Date.valueOf(actualDate), //$NON-NLS-1$
					milestoneId);
			String name = Jdbc.first(connection, "SELECT name FROM plan_milestone WHERE id = ?", row -> row.getString(1), //$NON-NLS-1$
					milestoneId).orElseThrow();
			return new LogLine(PlanActions.MILESTONE, null, NLS.bind(Messages.Log_milestoneReached, name, actualDate));
		});
	}

	/** An entry for the case's activity log. */
	private record LogLine(String action, String before, String after) {
	}

	@FunctionalInterface
	private interface PlanChange {
		LogLine apply(EntityManager em, CaseFacts theCase, Connection connection);
	}

	/** Runs a change of a plan after the case's check, logs it and returns the plan as it is then. */
	private ServicePlan changePlan(long planId, PlanChange change) {
		Actor actor = session.actor();
		long[] caseId = new long[1];
		ServicePlan plan = transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			caseId[0] = PlanReader.caseOf(connection, planId);
			CaseFacts theCase = cases.require(em, caseId[0], Permission.CASE_EDIT, Messages.Action_changePlan);
			LogLine line = change.apply(em, theCase, connection);
			String goal = Jdbc.first(connection, "SELECT goal FROM service_plan WHERE id = ?", row -> row.getString(1), //$NON-NLS-1$
					planId).orElseThrow();
			activityLog.record(em, caseId[0], actor, line.action(), line.before(), line.after(), goal);
			cases.touch(em, caseId[0], clock.instant());
			em.flush();
			return reader(connection).plan(planId);
		});
		cases.changed(caseId[0]);
		return plan;
	}

	@Override
	public PlanItem addItem(long subGoalId, PlanItemDraft draft) {
		Actor actor = session.actor();
		long[] caseId = new long[1];
		PlanItem item = transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			long planId = planOfSubGoal(connection, subGoalId);
			caseId[0] = PlanReader.caseOf(connection, planId);
			CaseFacts theCase = cases.require(em, caseId[0], Permission.CASE_EDIT, Messages.Action_changePlan);
			PlanItemType type = type(draft.typeId());
			if (type == null) {
				throw new ValidationException("type", NLS.bind(Messages.Type_notInstalled, draft.typeId())); //$NON-NLS-1$
			}
			String[] namePurpose = check(connection, theCase, planId, type, draft);
			long id = reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_item (id, plan_id, sub_goal_id, type_id, definition_id, name, purpose," //$NON-NLS-1$
					+ " status, owner_user_id, owner_client_id, expected_start, expected_end, actual_start, actual_end," //$NON-NLS-1$
					+ " expected_outcome, actual_outcome, currency, expected_cost, actual_cost)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
					id, planId, subGoalId, type.id(), type.definedNames() ? draft.definitionId() : null, namePurpose[0], namePurpose[1], draft.status().name(),
					draft.ownerUserId(), draft.ownerClientId(), date(draft.expectedStart()), date(draft.expectedEnd()),
					date(draft.actualStart()), date(draft.actualEnd()), text(draft.expectedOutcome()),
					text(draft.actualOutcome()), currency(draft), amount(draft.expectedCost()),
					amount(draft.actualCost()));
			storeDetails(connection, id, type, draft);
			activityLog.record(em, caseId[0], actor, PlanActions.ITEM_ADDED, null, namePurpose[0], type.label());
			cases.touch(em, caseId[0], clock.instant());
			em.flush();
			return item(connection, planId, id);
		});
		cases.changed(caseId[0]);
		return item;
	}

	@Override
	public PlanItem updateItem(long itemId, PlanItemDraft draft, long expectedVersion) {
		Actor actor = session.actor();
		long[] caseId = new long[1];
		PlanItem item = transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			PlanItem stored = storedItem(em, connection, itemId, caseId);
			CaseFacts theCase = cases.require(em, caseId[0], Permission.CASE_EDIT, Messages.Action_changePlan);
			PlanItemType type = type(stored.typeId());
			if (type == null) {
				throw new ValidationException("type", NLS.bind(Messages.Type_readOnly, stored.typeLabel())); //$NON-NLS-1$
			}
			if (stored.version() != expectedVersion) {
				throw new ConcurrentChangeException(NLS.bind(Messages.Item_changedMeanwhile, stored.name()));
			}
			String[] namePurpose = check(connection, theCase, stored.planId(), type, draft);
			Jdbc.update(connection, "UPDATE plan_item SET definition_id = ?, name = ?, purpose = ?, status = ?, owner_user_id = ?," //$NON-NLS-1$
					+ " owner_client_id = ?, expected_start = ?, expected_end = ?, actual_start = ?, actual_end = ?," //$NON-NLS-1$
					+ " expected_outcome = ?, actual_outcome = ?, currency = ?, expected_cost = ?, actual_cost = ?," //$NON-NLS-1$
					+ " version = version + 1 WHERE id = ?", //$NON-NLS-1$
					type.definedNames() ? draft.definitionId() : null, namePurpose[0], namePurpose[1], draft.status().name(),
					draft.ownerUserId(), draft.ownerClientId(),
					date(draft.expectedStart()), date(draft.expectedEnd()), date(draft.actualStart()),
					date(draft.actualEnd()), text(draft.expectedOutcome()), text(draft.actualOutcome()),
					currency(draft), amount(draft.expectedCost()), amount(draft.actualCost()), itemId);
			Jdbc.update(connection, "DELETE FROM plan_item_participant WHERE item_id = ?", itemId); //$NON-NLS-1$
			storeDetails(connection, itemId, type, draft);
			activityLog.record(em, caseId[0], actor, PlanActions.ITEM_CHANGED, ItemChanges.describe(stored),
					ItemChanges.describe(draft), namePurpose[0]);
			cases.touch(em, caseId[0], clock.instant());
			em.flush();
			return item(connection, stored.planId(), itemId);
		});
		cases.changed(caseId[0]);
		return item;
	}

	@Override
	public PlanItem recordDelivery(long itemId, LocalDate deliveredOn, BigDecimal units, Long deliveredById,
			String overReason) {
		Actor actor = session.actor();
		if (deliveredOn == null) {
			throw new ValidationException("deliveredOn", NLS.bind(Messages.Field_required, Messages.Field_deliveredOn)); //$NON-NLS-1$
		}
		if (deliveredOn.isAfter(LocalDate.now(clock))) {
			throw new ValidationException("deliveredOn", Messages.Delivery_inFuture); //$NON-NLS-1$
		}
		if (units == null || units.signum() <= 0) {
			throw new ValidationException("units", Messages.Delivery_unitsPositive); //$NON-NLS-1$
		}
		String reason = optional("overReason", Messages.Field_overReason, overReason, 500); //$NON-NLS-1$
		long[] caseId = new long[1];
		PlanItem item = transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			PlanItem stored = storedItem(em, connection, itemId, caseId);
			CaseFacts theCase = cases.require(em, caseId[0], Permission.CASE_EDIT, Messages.Action_changePlan);
			if (!stored.typeKnown()) {
				throw new ValidationException("type", NLS.bind(Messages.Type_readOnly, stored.typeLabel())); //$NON-NLS-1$
			}
			if (stored.unitsAuthorized() == null) {
				throw new ValidationException("type", NLS.bind(Messages.Delivery_noUnits, stored.typeLabel())); //$NON-NLS-1$
			}
			BigDecimal total = stored.unitsDelivered().add(units);
			boolean over = total.compareTo(stored.unitsAuthorized()) > 0;
			if (over && reason == null) {
				throw new ValidationException("units", NLS.bind(Messages.Delivery_overAuthorized, //$NON-NLS-1$
						total.stripTrailingZeros().toPlainString(),
						stored.unitsAuthorized().stripTrailingZeros().toPlainString()));
			}
			if (deliveredById != null) {
				checkOrganizationUser(connection, theCase, deliveredById, "deliveredBy"); //$NON-NLS-1$
			}
			long id = reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_unit_delivery (id, item_id, delivered_on, units, delivered_by," //$NON-NLS-1$
					+ " over_reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, itemId, //$NON-NLS-1$
					Date.valueOf(deliveredOn), units, deliveredById, over ? reason : null, actor.userId(),
					Timestamp.from(clock.instant()));
			activityLog.record(em, caseId[0], actor, PlanActions.UNITS_DELIVERED,
					stored.unitsDelivered().stripTrailingZeros().toPlainString(),
					total.stripTrailingZeros().toPlainString(), over ? stored.name() + ": " + reason : stored.name()); //$NON-NLS-1$
			cases.touch(em, caseId[0], clock.instant());
			em.flush();
			return item(connection, stored.planId(), itemId);
		});
		cases.changed(caseId[0]);
		return item;
	}

	/** The stored item and (in {@code caseId}) its case; "not found" when the user does not see the case. */
	private PlanItem storedItem(EntityManager em, Connection connection, long itemId, long[] caseId) {
		long planId = Jdbc.first(connection, "SELECT plan_id FROM plan_item WHERE id = ?", row -> row.getLong(1), itemId) //$NON-NLS-1$
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Item_notFound, itemId)));
		caseId[0] = PlanReader.caseOf(connection, planId);
		cases.visibleCase(em, caseId[0]);
		return item(connection, planId, itemId);
	}

	private PlanItem item(Connection connection, long planId, long itemId) {
		return reader(connection).plan(planId).items().stream().filter(item -> item.id() == itemId).findFirst()
				.orElseThrow();
	}

	/**
	 * Checks a draft whole; throws one {@link ValidationException} naming the first wrong field and listing every
	 * problem. Returns the item's name and purpose (from the definition for types with defined names).
	 */
	private String[] check(Connection connection, CaseFacts theCase, long planId, PlanItemType type,
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
				checkOrganizationUser(connection, theCase, draft.ownerUserId(), "owner"); //$NON-NLS-1$
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
		List<FieldProblem> problems = FieldValues.check(type.fields(), draft.values());
		if (problems.isEmpty()) {
			problems = type.validate(draft.values());
		}
		problems.forEach(problem -> checks.add(problem.field(), problem.message()));
		checks.throwIfAny();
		return new String[] { name, purpose };
	}

	private static void checkOrganizationUser(Connection connection, CaseFacts theCase, long userId, String field) {
		if (Jdbc.first(connection, "SELECT 1 FROM app_user WHERE id = ? AND organization_id = ? AND active = TRUE", //$NON-NLS-1$
				row -> Boolean.TRUE, userId, theCase.organizationId()).isEmpty()) {
			throw new ValidationException(field, Messages.Item_userNotOfOrganization);
		}
	}

	private static void storeDetails(Connection connection, long itemId, PlanItemType type, PlanItemDraft draft) {
		for (long client : draft.participantIds()) {
			Jdbc.update(connection, "INSERT INTO plan_item_participant (item_id, client_id) VALUES (?, ?)", itemId, //$NON-NLS-1$
					client);
		}
		FieldValues.store(connection, itemId, type.fields(), draft.values());
	}

	/** Reserves {@code count} ids of the planning tables' one sequence and returns the first. */
	private static long reserveIds(Connection connection, int count) {
		return Jdbc.reserveIds(connection, "plan", count); //$NON-NLS-1$
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

	private static String required(String field, String label, String text, int maxLength) {
		return checkedText(field, label, text, maxLength, true);
	}

	private static String optional(String field, String label, String text, int maxLength) {
		return checkedText(field, label, text, maxLength, false);
	}

	/** One text checked by the same rule as a draft's, refused at once. */
	private static String checkedText(String field, String label, String text, int maxLength, boolean required) {
		ItemChecks checks = new ItemChecks();
		String value = checks.text(field, label, text, maxLength, required);
		checks.throwIfAny();
		return value;
	}

	/** Problems found while checking a draft, in the order of the form. */
	private static final class ItemChecks {
		private final List<FieldProblem> problems = new ArrayList<>();

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
}
