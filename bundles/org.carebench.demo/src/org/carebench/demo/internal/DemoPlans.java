package org.carebench.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.carebench.cases.ParticipantService;
import org.carebench.cases.CaseDetails;
import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanItemStatus;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSetupService;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.api.Money;

/**
 * Care plans on the first demo cases of the housing project, through the plan service as a caseworker would: a
 * family member as participant, the project's goals and basic items, and plans with items of each built-in type,
 * deliveries and milestones, some late.
 */
final class DemoPlans {

	private static final String BASIC = "carebench.basic"; //$NON-NLS-1$
	private static final String CUSTOM = "carebench.customBasic"; //$NON-NLS-1$
	private static final String UNITS = "carebench.serviceUnits"; //$NON-NLS-1$
	private static final int PLANNED_CASES = 3;

	private final DirectoryService directory;
	private final PlanService plans;
	private final PlanSetupService planSetup;
	private final ParticipantService participants;
	private final Session session;
	private final Random random;

	DemoPlans(DemoServices services, long seed) {
		this.directory = services.directory();
		this.plans = services.casework().plans();
		this.planSetup = services.casework().planSetup();
		this.participants = services.casework().participants();
		this.session = services.context().session();
		this.random = new Random(seed);
	}

	/** Plans the first cases of {@code opened}; returns how many clients (family members) it added. */
	int add(DemoWorld world, List<CaseDetails> opened) {
		boolean typesInstalled = planSetup.itemTypes().stream().map(ItemTypeInfo::id).toList()
				.containsAll(List.of(BASIC, CUSTOM, UNITS));
		if (opened.isEmpty() || !typesInstalled) {
			return 0;
		}
		ProjectRef housing = opened.get(0).project();
		List<Object> lists = session.runAsSystem(Messages.Demo_actor, () -> List.of(
				planSetup.defineGoal(housing.id(), "Stable housing"), //$NON-NLS-1$
				planSetup.defineGoal(housing.id(), "Regular income"), //$NON-NLS-1$
				planSetup.defineItem(housing.id(), "Social housing application", //$NON-NLS-1$
						"Apply for a council flat with the municipality"), //$NON-NLS-1$
				planSetup.defineItem(housing.id(), "Benefits review", "Check every benefit the household is entitled to"))); //$NON-NLS-1$ //$NON-NLS-2$
		GoalDefinition housingGoal = (GoalDefinition) lists.get(0);
		ItemDefinition application = (ItemDefinition) lists.get(2);
		UserRef ana = world.agencies().get(0).staff().get(0);
		return session.runAs(ana, () -> {
			int added = 0;
			for (CaseDetails theCase : opened.subList(0, Math.min(PLANNED_CASES, opened.size()))) {
				ClientRef relative = directory.createClient(world.network().id(), Names.first(random, 0),
						theCase.client().fullName().substring(theCase.client().fullName().lastIndexOf(' ') + 1), null);
				added++;
				participants.addParticipant(theCase.id(), relative.id(), "Partner"); //$NON-NLS-1$
				long client = theCase.client().id();
				ServicePlan plan = plans.createPlan(theCase.id(), new NewPlan(housingGoal.id(), null, client,
						Set.of(client, relative.id()), List.of("Find a flat", "Keep the flat"))); //$NON-NLS-1$ //$NON-NLS-2$
				plan = plans.addGroup(plan.id(), "Housing"); //$NON-NLS-1$
				plans.moveSubGoal(plan.subGoals().get(0).id(), plan.groups().get(0).id());
				plans.moveSubGoal(plan.subGoals().get(1).id(), plan.groups().get(0).id());
				plan = plans.addSubGoal(plan.id(), "Manage the household budget", null); //$NON-NLS-1$
				long findFlat = plan.subGoals().get(0).id();
				long keepFlat = plan.subGoals().get(1).id();
				long budget = plan.subGoals().get(2).id();
				LocalDate today = LocalDate.now();
				PlanItem applied = plans.addItem(findFlat, new PlanItemDraft(BASIC).definition(application.id())
						.ownedByUser(ana.id()).expected(today.minusDays(20), today.minusDays(5))
						.outcomes("Application accepted", null).cost(Money.of("35", "EUR"), null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				plans.updateItem(applied.id(), PlanItemDraft.of(applied).status(PlanItemStatus.COMPLETED)
						.actual(today.minusDays(18), today.minusDays(2)).cost(Money.of("35", "EUR"), //$NON-NLS-1$ //$NON-NLS-2$
								Money.of("35", "EUR")), applied.version()); //$NON-NLS-1$ //$NON-NLS-2$
				plans.addItem(findFlat, new PlanItemDraft(CUSTOM).name("Visit flats together") //$NON-NLS-1$
						.purpose("See what the offers are like").status(PlanItemStatus.IN_PROGRESS) //$NON-NLS-1$
						.ownedByParticipant(relative.id()).participants(Set.of(client, relative.id()))
						.expected(today.minusDays(3), today.plusDays(14)).actual(today.minusDays(1), null));
				PlanItem counselling = plans.addItem(keepFlat, new PlanItemDraft(UNITS).name("Tenancy counselling") //$NON-NLS-1$
						.ownedByUser(ana.id()).value("unitType", "hour") //$NON-NLS-1$ //$NON-NLS-2$
						.value("authorizedUnits", BigDecimal.valueOf(10 + random.nextInt(10))) //$NON-NLS-1$
						.expected(today.minusDays(10), today.plusDays(40)).actual(today.minusDays(9), null)
						.cost(Money.of("400", "EUR"), Money.of("120", "EUR"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				for (int week = 3; week > 0; week--) {
					plans.recordDelivery(counselling.id(), today.minusDays(7L * week - 5), BigDecimal.valueOf(2),
							ana.id(), null);
				}
				plans.addItem(budget, new PlanItemDraft(CUSTOM).name("Budget plan with the family") //$NON-NLS-1$
						.ownedByUser(ana.id()).expected(today.plusDays(7), today.plusDays(21)));
				plans.addMilestone(plan.id(), "Application filed", today.minusDays(10)); //$NON-NLS-1$
				plans.addMilestone(plan.id(), "Lease signed", today.plusDays(45)); //$NON-NLS-1$
			}
			return added;
		});
	}
}
