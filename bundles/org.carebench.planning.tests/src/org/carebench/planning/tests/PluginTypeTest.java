package org.carebench.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ForbiddenException;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ValidationException;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.api.FieldKind;
import org.carebench.planning.api.FieldProblem;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.ItemFacts;
import org.carebench.planning.api.Money;
import org.carebench.planning.api.PlanItemType;
import org.carebench.planning.internal.CustomBasicItemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agency's own item type: its fields of every kind are stored and read back without a schema of their own, its
 * rules refuse bad values naming the field, and its items survive the type's uninstallation read-only. Plans obey
 * the case's access rules and go to its activity log.
 */
class PluginTypeTest {

	/** An agency's type, as a bundle would register it. */
	static final class FlatSearch implements PlanItemType {
		@Override
		public String id() {
			return "org.agency.flatSearch";
		}

		@Override
		public String label() {
			return "Flat search";
		}

		@Override
		public List<FieldSpec> fields() {
			return List.of(FieldSpec.of("district", FieldKind.TEXT, "District", true),
					FieldSpec.of("visitsPlanned", FieldKind.NUMBER, "Visits planned", true),
					FieldSpec.of("searchUntil", FieldKind.DATE, "Search until", false),
					FieldSpec.choice("size", "Size", false, "studio", "2 rooms", "3 rooms"),
					FieldSpec.of("maxRent", FieldKind.MONEY, "Highest rent", false),
					FieldSpec.of("petsAllowed", FieldKind.BOOLEAN, "Pets allowed", false));
		}

		@Override
		public List<FieldProblem> validate(Map<String, Object> values) {
			BigDecimal visits = (BigDecimal) values.get("visitsPlanned");
			return visits.compareTo(BigDecimal.valueOf(50)) > 0
					? List.of(new FieldProblem("visitsPlanned", "Visits planned: at most 50"))
					: List.of();
		}

		@Override
		public double progress(ItemFacts item) {
			return item.completed() ? 1 : 0.5;
		}
	}

	private final FlatSearch flatSearch = new FlatSearch();
	private PlanFixture fixture;
	private CaseDetails theCase;
	private ServicePlan plan;

	@BeforeEach
	void openPlan() {
		fixture = new PlanFixture();
		fixture.types.addType(flatSearch);
		theCase = fixture.open(fixture.directory.clients().get(0));
		long jose = theCase.client().id();
		plan = fixture.plans.createPlan(theCase.id(),
				new NewPlan(null, "Stable housing", jose, Set.of(jose), List.of("Find a flat")));
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private PlanItemDraft search() {
		return new PlanItemDraft(flatSearch.id()).name("Search in Trastevere").ownedByUser(fixture.directory.ana().id())
				.value("district", "Trastevere").value("visitsPlanned", new BigDecimal("12"))
				.value("searchUntil", LocalDate.of(2026, 5, 31)).value("size", "2 rooms")
				.value("maxRent", Money.of("750", "EUR")).value("petsAllowed", Boolean.TRUE);
	}

	@Test
	void everyKindOfFieldIsStoredAndReadBack() {
		assertTrue(fixture.planSetup.itemTypes().stream().anyMatch(type -> type.id().equals(flatSearch.id())));
		PlanItem item = fixture.plans.addItem(plan.subGoals().get(0).id(), search());
		assertEquals("Trastevere", item.values().get("district"));
		assertEquals(0, new BigDecimal("12").compareTo((BigDecimal) item.values().get("visitsPlanned")));
		assertEquals(LocalDate.of(2026, 5, 31), item.values().get("searchUntil"));
		assertEquals("2 rooms", item.values().get("size"));
		assertEquals(Money.of("750", "EUR"), item.values().get("maxRent"));
		assertEquals(Boolean.TRUE, item.values().get("petsAllowed"));
		assertEquals(0.5, item.progress(), 1e-9);
		long rows = fixture.database.transactions().read(em -> ((Number) em
				.createNativeQuery("SELECT COUNT(*) FROM plan_item_field WHERE item_id = ?").setParameter(1, item.id())
				.getSingleResult()).longValue());
		assertEquals(6, rows, "one row per value, readable by reports");
	}

	@Test
	void badValuesAreRefusedNamingTheField() {
		long subGoal = plan.subGoals().get(0).id();
		assertEquals("visitsPlanned", refused(subGoal, search().value("visitsPlanned", new BigDecimal("80"))).field());
		assertEquals("size", refused(subGoal, search().value("size", "castle")).field());
		assertEquals("searchUntil", refused(subGoal, search().value("searchUntil", "next spring")).field());
		ValidationException missing = refused(subGoal, search().value("district", null));
		assertEquals("district", missing.field());
		assertTrue(missing.getMessage().contains("District"), missing.getMessage());
		assertEquals("colour", refused(subGoal, search().value("colour", "red")).field());
		assertTrue(fixture.plans.plan(plan.id()).items().isEmpty());
	}

	private ValidationException refused(long subGoal, PlanItemDraft draft) {
		return assertThrows(ValidationException.class, () -> fixture.plans.addItem(subGoal, draft));
	}

	@Test
	void itemsOfAnUninstalledTypeStayReadOnly() {
		PlanItem item = fixture.plans.addItem(plan.subGoals().get(0).id(), search());
		fixture.types.removeType(flatSearch);

		PlanItem orphan = fixture.plans.plan(plan.id()).items().get(0);
		assertFalse(orphan.typeKnown());
		assertTrue(orphan.typeLabel().contains("org.agency.flatSearch"), orphan.typeLabel());
		assertEquals("Trastevere", orphan.values().get("district"), "values stay");
		assertFalse(fixture.planSetup.itemTypes().stream().anyMatch(type -> type.id().equals(flatSearch.id())));
		assertEquals("type", assertThrows(ValidationException.class,
				() -> fixture.plans.updateItem(item.id(), PlanItemDraft.of(orphan), orphan.version())).field());
		assertEquals("type", assertThrows(ValidationException.class,
				() -> fixture.plans.addItem(plan.subGoals().get(0).id(), search())).field());

		fixture.types.addType(flatSearch);
		assertTrue(fixture.plans.plan(plan.id()).items().get(0).typeKnown(), "editable again once reinstalled");
	}

	@Test
	void plansObeyTheCaseAccessRulesAndGoToItsLog() {
		PlanItem item = fixture.plans.addItem(plan.subGoals().get(0).id(), search());
		// a caseworker of the partner organization does not see a case that is not shared with him
		assertThrows(NotFoundException.class, () -> fixture.as(fixture.directory.giulia(),
				() -> fixture.plans.plan(plan.id())));
		assertThrows(NotFoundException.class, () -> fixture.as(fixture.directory.giulia(),
				() -> fixture.plans.addItem(plan.subGoals().get(0).id(), search())));
		// a caseworker may not define the project's lists
		ForbiddenException forbidden = assertThrows(ForbiddenException.class,
				() -> fixture.planSetup.defineGoal(fixture.directory.housing().id(), "Employment"));
		assertEquals(Permission.PROJECT_ADMINISTER, forbidden.missing());
		// the supervisor of the same organization may change the plan
		fixture.as(fixture.directory.marco(), () -> fixture.plans.addSubGoal(plan.id(), "Keep it", null));

		fixture.plans.updateItem(item.id(), PlanItemDraft.of(item).outcomes("Three visits a week", null),
				item.version());
		List<String> actions = fixture.log.forCase(theCase.id()).stream().map(ActivityEntry::action).toList();
		assertTrue(actions.containsAll(List.of("plan.created", "plan.item.added", "plan.structure",
				"plan.item.changed")), actions.toString());
		assertEquals(1, fixture.plans.plans(theCase.id()).size());
	}

	@Test
	void aTypeMissingAtCreationIsRefused() {
		fixture.types.removeType(flatSearch);
		ValidationException refused = assertThrows(ValidationException.class, () -> fixture.plans
				.addItem(plan.subGoals().get(0).id(), new PlanItemDraft(CustomBasicItemType.ID + ".nope").name("x")));
		assertEquals("type", refused.field());
	}
}
