package org.carebench.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.core.ClientRef;
import org.carebench.core.ValidationException;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanStructure.Participant;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.internal.CustomBasicItemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who a plan is for: members come from the case's participants, the case's primary client is always one, the
 * principal participant may be someone else; owners and people involved in items stay members.
 */
class PlanParticipantsTest {

	private PlanFixture fixture;
	private CaseDetails theCase;
	private ClientRef jose;
	private ClientRef sister;
	private ClientRef stranger;

	@BeforeEach
	void openCaseWithFamily() {
		fixture = new PlanFixture();
		jose = fixture.directory.clients().get(0);
		sister = fixture.directory.clients().get(1);
		stranger = fixture.directory.clients().get(2);
		theCase = fixture.open(jose);
		fixture.participants.addParticipant(theCase.id(), sister.id(), "Sister");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void thePrimaryClientMustBeAMemberButNeedNotBeThePrincipal() {
		ValidationException withoutClient = assertThrows(ValidationException.class, () -> fixture.plans
				.createPlan(theCase.id(), new NewPlan(null, "Stable housing", sister.id(), Set.of(sister.id()),
						List.of("Find a flat"))));
		assertEquals("participants", withoutClient.field());
		assertTrue(withoutClient.getMessage().contains("primary client"), withoutClient.getMessage());

		ServicePlan plan = fixture.plans.createPlan(theCase.id(), new NewPlan(null, "Stable housing", sister.id(),
				Set.of(jose.id(), sister.id()), List.of("Find a flat")));
		Participant principal = plan.participants().stream().filter(Participant::principal).findFirst().orElseThrow();
		assertEquals(sister.id(), principal.clientId());
		assertTrue(plan.participants().stream().anyMatch(p -> p.clientId() == jose.id() && p.caseClient()));
		assertEquals(0, fixture.plans.plans(theCase.id()).size() - 1, "exactly one plan saved");
	}

	@Test
	void membersComeFromTheCaseParticipantsAndThePrincipalIsOne() {
		ValidationException outsider = assertThrows(ValidationException.class, () -> fixture.plans.createPlan(
				theCase.id(), new NewPlan(null, "Stable housing", jose.id(), Set.of(jose.id(), stranger.id()),
						List.of("Find a flat"))));
		assertEquals("participants", outsider.field());
		ValidationException principal = assertThrows(ValidationException.class, () -> fixture.plans.createPlan(
				theCase.id(), new NewPlan(null, "Stable housing", sister.id(), Set.of(jose.id()),
						List.of("Find a flat"))));
		assertEquals("principal", principal.field());
		ValidationException noSubGoal = assertThrows(ValidationException.class, () -> fixture.plans.createPlan(
				theCase.id(), new NewPlan(null, "Stable housing", jose.id(), Set.of(jose.id()), List.of(" "))));
		assertEquals("subGoals", noSubGoal.field());
		assertTrue(fixture.plans.plans(theCase.id()).isEmpty(), "nothing half-saved");
	}

	@Test
	void anItemOwnerStaysAMemberOfThePlan() {
		ServicePlan plan = fixture.plans.createPlan(theCase.id(), new NewPlan(null, "Stable housing", jose.id(),
				Set.of(jose.id(), sister.id()), List.of("Find a flat")));
		fixture.plans.addItem(plan.subGoals().get(0).id(), new PlanItemDraft(CustomBasicItemType.ID)
				.name("Visit flats with José").ownedByParticipant(sister.id()));
		ValidationException inUse = assertThrows(ValidationException.class,
				() -> fixture.plans.setParticipants(plan.id(), jose.id(), Set.of(jose.id())));
		assertTrue(inUse.getMessage().contains("Visit flats with José"), inUse.getMessage());
		assertEquals(2, fixture.plans.plan(plan.id()).participants().size());

		ServicePlan principalChanged = fixture.plans.setParticipants(plan.id(), sister.id(),
				Set.of(jose.id(), sister.id()));
		assertTrue(principalChanged.participants().stream().anyMatch(p -> p.principal() && p.clientId() == sister.id()));
	}

	@Test
	void theCaseShowsItsParticipantsAndKeepsItsPrimaryClient() {
		assertEquals(List.of(jose.id(), sister.id()),
				fixture.participants.participants(theCase.id()).stream().map(p -> p.clientId()).toList());
		assertThrows(ValidationException.class, () -> fixture.participants.removeParticipant(theCase.id(), jose.id()));
		assertEquals(1, fixture.participants.removeParticipant(theCase.id(), sister.id()).size());
	}
}
