package org.carebench.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.core.AdministrationEntry;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.ValidationException;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanItemStatus;
import org.carebench.planning.PlanSetupService;
import org.carebench.planning.PlanProgress;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.api.Money;
import org.carebench.planning.internal.BasicItemType;
import org.carebench.planning.internal.CustomBasicItemType;
import org.carebench.planning.internal.ServiceUnitItemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three built-in item types, the plan's roll-up and cost statement, and what is refused. */
class PlanItemsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private PlanFixture fixture;
	private CaseDetails theCase;
	private ServicePlan plan;
	private long subGoal;
	private long ana;

	@BeforeEach
	void openPlan() {
		fixture = new PlanFixture();
		theCase = fixture.open(fixture.directory.clients().get(0));
		long jose = theCase.client().id();
		plan = fixture.plans.createPlan(theCase.id(),
				new NewPlan(null, "Stable housing", jose, Set.of(jose), List.of("Find a flat", "Keep it")));
		subGoal = plan.subGoals().get(0).id();
		ana = fixture.directory.ana().id();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private PlanItemDraft custom(String name) {
		return new PlanItemDraft(CustomBasicItemType.ID).name(name).purpose("Why it helps").ownedByUser(ana);
	}

	private PlanItemDraft units(String authorized) {
		return new PlanItemDraft(ServiceUnitItemType.ID).name("Counselling hours").ownedByUser(ana)
				.value(ServiceUnitItemType.UNIT_TYPE, "hour").value(ServiceUnitItemType.AUTHORIZED,
						new BigDecimal(authorized));
	}

	@Test
	void aBasicItemTakesNameAndPurposeFromTheProjectList() {
		ItemDefinition application = fixture.asSystem(() -> fixture.planSetup.defineItem(fixture.directory.housing().id(),
				"Housing application", "Apply for social housing"));
		AdministrationEntry recorded = fixture.asSystem(() -> fixture.context.administrationLog().latest(1)).get(0);
		assertEquals(PlanSetupService.ITEM_DEFINED, recorded.action());
		assertEquals(Subject.of(AdministrationLog.PROJECT, fixture.directory.housing().id()), recorded.subject());
		assertEquals("Housing application: Apply for social housing", recorded.after());
		ValidationException withoutDefinition = assertThrows(ValidationException.class,
				() -> fixture.plans.addItem(subGoal, new PlanItemDraft(BasicItemType.ID).ownedByUser(ana)));
		assertEquals("definition", withoutDefinition.field());

		PlanItem item = fixture.plans.addItem(subGoal, new PlanItemDraft(BasicItemType.ID).definition(application.id())
				.name("typed names are ignored").ownedByUser(ana));
		assertEquals("Housing application", item.name());
		assertEquals("Apply for social housing", item.purpose());
		assertTrue(item.typeKnown());
		PlanItem done = fixture.plans.updateItem(item.id(), PlanItemDraft.of(item).status(PlanItemStatus.COMPLETED),
				item.version());
		assertEquals(application.id(), done.definitionId(), "a change keeps the item's definition");
		assertEquals("Housing application", done.name());
	}

	@Test
	void aCustomItemKeepsWhatTheCaseworkerTyped() {
		PlanItem item = fixture.plans.addItem(subGoal, custom("Meet the landlord")
				.expected(TODAY, TODAY.plusDays(7)).outcomes("A lease offer", null)
				.cost(Money.of("120.50", "EUR"), null));
		assertEquals("Meet the landlord", item.name());
		assertEquals("Why it helps", item.purpose());
		assertEquals(TODAY.plusDays(7), item.expectedEnd());
		assertEquals(Money.of("120.5", "EUR"), item.expectedCost());
		assertEquals("Ana García", item.ownerName());
		assertEquals(PlanItemStatus.PLANNED, item.status());
	}

	@Test
	void serviceUnitsProgressAsDeliveredOfAuthorizedAndWarnBeyond() {
		PlanItem item = fixture.plans.addItem(subGoal, units("10"));
		assertEquals(0, item.progress());
		item = fixture.plans.recordDelivery(item.id(), TODAY, new BigDecimal("4"), ana, null);
		assertEquals(0.4, item.progress(), 1e-9);

		long id = item.id();
		ValidationException beyond = assertThrows(ValidationException.class,
				() -> fixture.plans.recordDelivery(id, TODAY, new BigDecimal("7"), ana, " "));
		assertEquals("units", beyond.field());
		assertTrue(beyond.getMessage().contains("11") && beyond.getMessage().contains("10"), beyond.getMessage());
		assertEquals(0, fixture.plans.plan(plan.id()).items().get(0).unitsDelivered().compareTo(new BigDecimal("4")),
				"nothing recorded");

		item = fixture.plans.recordDelivery(id, TODAY, new BigDecimal("7"), ana, "Crisis week");
		assertEquals(1, item.progress(), 1e-9);
		assertEquals(0, item.unitsDelivered().compareTo(new BigDecimal("11")));
		assertEquals("Crisis week", item.deliveries().get(1).overReason());
		assertNull(item.deliveries().get(0).overReason());

		assertEquals("units", assertThrows(ValidationException.class,
				() -> fixture.plans.recordDelivery(id, TODAY, new BigDecimal("-2"), ana, "x")).field());
		assertEquals("deliveredOn", assertThrows(ValidationException.class,
				() -> fixture.plans.recordDelivery(id, TODAY.plusDays(1), BigDecimal.ONE, ana, null)).field());
		PlanItem notUnits = fixture.plans.addItem(subGoal, custom("Call"));
		assertEquals("type", assertThrows(ValidationException.class,
				() -> fixture.plans.recordDelivery(notUnits.id(), TODAY, BigDecimal.ONE, ana, null)).field());
	}

	@Test
	void theRollUpCountsItemsUnitsAndCostsPerCurrency() {
		PlanItem done = fixture.plans.addItem(subGoal, custom("Meet the landlord")
				.cost(Money.of("100", "EUR"), Money.of("80", "EUR")));
		fixture.plans.updateItem(done.id(), PlanItemDraft.of(done).status(PlanItemStatus.COMPLETED)
				.actual(TODAY, TODAY), done.version());
		PlanItem cancelled = fixture.plans.addItem(subGoal, custom("Deposit loan").cost(Money.of("500", "EUR"), null));
		fixture.plans.updateItem(cancelled.id(), PlanItemDraft.of(cancelled).status(PlanItemStatus.CANCELLED),
				cancelled.version());
		PlanItem hours = fixture.plans.addItem(plan.subGoals().get(1).id(),
				units("8").cost(Money.of("40", "CHF"), Money.of("20", "CHF")));
		fixture.plans.recordDelivery(hours.id(), TODAY, new BigDecimal("2"), null, null);

		PlanProgress progress = fixture.plans.plan(plan.id()).progress();
		assertEquals(1, progress.itemsCompleted());
		assertEquals(2, progress.itemsTotal(), "the cancelled item counts nowhere");
		assertEquals(0, progress.unitsDelivered().compareTo(new BigDecimal("2")));
		assertEquals(0, progress.unitsAuthorized().compareTo(new BigDecimal("8")));
		assertEquals((1 + 0.25) / 2, progress.progress(), 1e-9);
		assertEquals(2, progress.costs().size());
		PlanProgress.CostTotal francs = progress.costs().get(0);
		assertEquals("CHF", francs.currency().getCurrencyCode());
		assertEquals(Money.of("40", "CHF"), francs.expected());
		PlanProgress.CostTotal euros = progress.costs().get(1);
		assertEquals(Money.of("600", "EUR"), euros.expected(), "planned cost of every item, cancelled included");
		assertEquals(Money.of("80", "EUR"), euros.actual());
	}

	@Test
	void theRollUpSpansThePlansDatesAndCountsLateItems() {
		PlanItem done = fixture.plans.addItem(subGoal, custom("Meet the landlord")
				.expected(TODAY.minusDays(20), TODAY.minusDays(10)));
		fixture.plans.updateItem(done.id(), PlanItemDraft.of(done).status(PlanItemStatus.COMPLETED)
				.actual(TODAY.minusDays(18), TODAY.minusDays(5)), done.version());
		fixture.plans.addItem(subGoal, custom("Find a flat").expected(TODAY.minusDays(15), TODAY.minusDays(1)));
		fixture.plans.addItem(subGoal, custom("Move in").expected(TODAY.plusDays(5), TODAY.plusDays(40)));
		PlanItem cancelled = fixture.plans.addItem(subGoal, custom("Deposit loan")
				.expected(TODAY.minusDays(90), TODAY.plusDays(400)));
		fixture.plans.updateItem(cancelled.id(), PlanItemDraft.of(cancelled).status(PlanItemStatus.CANCELLED),
				cancelled.version());

		PlanProgress progress = fixture.plans.plan(plan.id()).progress();
		assertEquals(new PlanProgress.Dates(TODAY.minusDays(20), TODAY.plusDays(40), TODAY.minusDays(18), null),
				progress.dates(), "cancelled items leave the span; the plan has not ended while items are open");
		assertEquals(1, progress.itemsLate(), "open and past its expected end: only 'Find a flat'");

		for (PlanItem item : fixture.plans.plan(plan.id()).items()) {
			if (item.status() != PlanItemStatus.COMPLETED && item.status() != PlanItemStatus.CANCELLED) {
				fixture.plans.updateItem(item.id(), PlanItemDraft.of(item).status(PlanItemStatus.COMPLETED)
						.actual(TODAY, TODAY.plusDays(2)), item.version());
			}
		}
		PlanProgress ended = fixture.plans.plan(plan.id()).progress();
		assertEquals(TODAY.plusDays(2), ended.dates().actualEnd(), "every item ended: the plan's end is the last one's");
		assertEquals(0, ended.itemsLate());
	}

	@Test
	void wrongItemsAreRefusedNamingTheFieldAndNothingIsSaved() {
		assertRefused("actualEnd", custom("Move in").actual(TODAY, TODAY.minusDays(1)));
		assertRefused("expectedEnd", custom("Move in").expected(TODAY, TODAY.minusDays(3)));
		assertRefused("expectedCost", custom("Move in").cost(Money.of("-5", "EUR"), null));
		assertRefused("actualCost", custom("Move in").cost(Money.of("5", "EUR"), Money.of("5", "USD")));
		assertRefused("name", custom(" "));
		assertRefused("owner", custom("Move in").ownedByParticipant(fixture.directory.clients().get(2).id()));
		assertRefused("owner", custom("Move in").ownedByUser(fixture.directory.giulia().id()));
		assertRefused("participants", custom("Move in").participants(Set.of(fixture.directory.clients().get(1).id())));
		assertRefused(ServiceUnitItemType.AUTHORIZED, units("-3"));
		assertRefused(ServiceUnitItemType.UNIT_TYPE, units("3").value(ServiceUnitItemType.UNIT_TYPE, null));
		assertTrue(fixture.plans.plan(plan.id()).items().isEmpty());
	}

	private void assertRefused(String field, PlanItemDraft draft) {
		ValidationException refused = assertThrows(ValidationException.class, () -> fixture.plans.addItem(subGoal, draft));
		assertEquals(field, refused.field(), refused.getMessage());
		assertFalse(refused.getMessage().isBlank());
	}

	@Test
	void aSecondSaveOfAnOldVersionIsRefused() {
		PlanItem item = fixture.plans.addItem(subGoal, custom("Meet the landlord"));
		fixture.plans.updateItem(item.id(), PlanItemDraft.of(item).status(PlanItemStatus.IN_PROGRESS), item.version());
		assertThrows(ConcurrentChangeException.class, () -> fixture.plans.updateItem(item.id(),
				PlanItemDraft.of(item).outcomes("other", null), item.version()));
		assertEquals(PlanItemStatus.IN_PROGRESS, fixture.plans.plan(plan.id()).items().get(0).status());
	}

	@Test
	void groupsGatherSubGoalsAndMilestonesShowWhenOverdue() {
		ServicePlan grouped = fixture.plans.addGroup(plan.id(), "Housing");
		long group = grouped.groups().get(0).id();
		grouped = fixture.plans.moveSubGoal(subGoal, group);
		assertEquals(group, grouped.subGoals().get(0).groupId());
		grouped = fixture.plans.addSubGoal(plan.id(), "Furnish it", group);
		assertEquals(3, grouped.subGoals().size());

		ServicePlan withMilestone = fixture.plans.addMilestone(plan.id(), "Lease signed", TODAY.plusDays(10));
		assertFalse(withMilestone.milestones().get(0).overdue());
		fixture.clock.advance(Duration.ofDays(11));
		assertTrue(fixture.plans.plan(plan.id()).milestones().get(0).overdue());
		ServicePlan reached = fixture.plans.reachMilestone(withMilestone.milestones().get(0).id(), TODAY.plusDays(11));
		assertFalse(reached.milestones().get(0).overdue());
	}
}
