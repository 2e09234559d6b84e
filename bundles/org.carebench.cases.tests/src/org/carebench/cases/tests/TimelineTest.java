package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseType;
import org.carebench.cases.CaseType.Activity;
import org.carebench.cases.CaseType.Role;
import org.carebench.cases.NewCase;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.Workflow;
import org.carebench.cases.internal.ActivitiesDoneRule;
import org.carebench.cases.internal.TimelineServiceImpl;
import org.carebench.core.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Case types with timelines: roles filled at opening, activities scheduled at day offsets, what is due for whom. */
class TimelineTest {

	private final CaseFixture fixture = new CaseFixture();
	private final TimelineServiceImpl timeline = new TimelineServiceImpl(fixture.database.transactions(),
			fixture.session, fixture.directory.access(), fixture.log, fixture.clock);

	/** The CiviCase example: housing support with its coordinators and a first week of activities. */
	private static final CaseType HOUSING_SUPPORT = new CaseType(0, 0, "HOUSING_SUPPORT", "Housing support",
			List.of(new Role("HOMELESS_COORDINATOR", "Homeless services coordinator"),
					new Role("HEALTH_COORDINATOR", "Health services coordinator"),
					new Role("BENEFITS_SPECIALIST", "Benefits specialist")),
			List.of(new Activity("ASSESSMENT", "Initial assessment", 1, null, "HOMELESS_COORDINATOR"),
					new Activity("BENEFITS", "Benefits check", 2, null, "BENEFITS_SPECIALIST"),
					new Activity("HEALTH", "Health check", 3, null, "HEALTH_COORDINATOR"),
					new Activity("FOLLOW_UP", "Follow-up visit", 7, "ASSESSMENT", null)));

	@AfterEach
	void close() {
		fixture.close();
	}

	private CaseDetails openHousingSupport() {
		CaseType type = fixture.asSystem(() -> timeline.defineCaseType(fixture.directory.housing().id(), HOUSING_SUPPORT));
		return fixture.cases.createCase(new NewCase(fixture.directory.clients().get(0).id(),
				fixture.directory.housing().id(), fixture.directory.agency().id(), fixture.directory.ana().id(), type.id(),
				Map.of("HOMELESS_COORDINATOR", fixture.directory.ana().id(), "BENEFITS_SPECIALIST",
						fixture.directory.marco().id(), "HEALTH_COORDINATOR", fixture.directory.giulia().id())));
	}

	@Test
	void activitiesLandAtTheirDayOffsetsWithTheirRolesHolders() {
		CaseDetails opened = openHousingSupport();
		LocalDate day = LocalDate.ofInstant(opened.openedAt(), ZoneId.systemDefault());
		List<ScheduledActivity> activities = timeline.activities(opened.id());
		assertEquals(List.of(day.plusDays(1), day.plusDays(2), day.plusDays(3), day.plusDays(8)),
				activities.stream().map(ScheduledActivity::due).toList());
		assertEquals(List.of("ana", "marco", "giulia", "ana"),
				activities.stream().map(a -> a.assignee().login()).toList());
		assertEquals("Housing support", opened.caseType());
		assertEquals(3, opened.roles().size());
		assertTrue(opened.collaborators().stream().anyMatch(c -> c.login().equals("giulia")),
				"a role holder of a partner organization collaborates on the case");
	}

	@Test
	void eachUserSeesWhatIsDueForHimAcrossHisCases() {
		CaseDetails opened = openHousingSupport();
		LocalDate day = LocalDate.ofInstant(opened.openedAt(), ZoneId.systemDefault());
		List<ScheduledActivity> giulias = fixture.as(fixture.directory.giulia(),
				() -> timeline.upcomingForMe(day.plusDays(5)));
		assertEquals(List.of("Health check"), giulias.stream().map(ScheduledActivity::name).toList());
		List<ScheduledActivity> anas = timeline.upcomingForMe(day.plusDays(30));
		assertEquals(List.of("Initial assessment", "Follow-up visit"),
				anas.stream().map(ScheduledActivity::name).toList());
		assertTrue(anas.get(0).isOverdue(day.plusDays(2)));
	}

	@Test
	void activitiesAreCompletedAndRescheduledAndLogged() {
		CaseDetails opened = openHousingSupport();
		ScheduledActivity assessment = timeline.activities(opened.id()).get(0);
		ScheduledActivity done = timeline.complete(assessment.id());
		assertEquals(ScheduledActivity.Status.COMPLETED, done.status());
		assertThrows(ValidationException.class, () -> timeline.complete(assessment.id()));
		ScheduledActivity benefits = timeline.activities(opened.id()).get(1);
		assertThrows(ValidationException.class, () -> timeline.reschedule(benefits.id(), benefits.due().minusDays(30)));
		assertEquals(benefits.due().plusDays(5), timeline.reschedule(benefits.id(), benefits.due().plusDays(5)).due());
		List<String> actions = fixture.cases.activityLog(opened.id()).stream().map(e -> e.action()).toList();
		assertTrue(actions.containsAll(List.of("case.activity.scheduled", "case.role", "case.activity.completed",
				"case.activity.rescheduled")), actions.toString());
	}

	@Test
	void aCaseWithOpenActivitiesCannotCloseWhenTheProjectSaysSo() {
		fixture.cases.addCloseRule(new ActivitiesDoneRule(timeline, fixture.session));
		Workflow standard = fixture.cases.workflow(0);
		fixture.asSystem(() -> fixture.cases.defineWorkflow(fixture.directory.housing().id(),
				new Workflow(0, standard.statuses(), standard.transitions(), standard.closingReasons(),
						List.of(ActivitiesDoneRule.ID))));
		CaseDetails opened = openHousingSupport();
		ValidationException refused = assertThrows(ValidationException.class,
				() -> fixture.cases.changeStatus(opened.id(), "CLOSED", "GOALS_MET", opened.version()));
		assertTrue(refused.getMessage().contains("Initial assessment"), refused.getMessage());
		for (ScheduledActivity activity : timeline.activities(opened.id())) {
			fixture.as(fixture.directory.marco(), () -> timeline.complete(activity.id()));
		}
		CaseDetails current = fixture.cases.getCase(opened.id()).orElseThrow();
		assertEquals("CLOSED",
				fixture.cases.changeStatus(opened.id(), "CLOSED", "GOALS_MET", current.version()).status().code());
	}

	@Test
	void brokenCaseTypesAreRefused() {
		CaseType followsLater = new CaseType(0, 0, "X", "X", List.of(),
				List.of(new Activity("A", "First", 1, "B", null), new Activity("B", "Second", 1, null, null)));
		CaseType unknownRole = new CaseType(0, 0, "Y", "Y", List.of(),
				List.of(new Activity("A", "First", 1, null, "NOBODY")));
		CaseType negative = new CaseType(0, 0, "Z", "Z", List.of(), List.of(new Activity("A", "First", -3, null, null)));
		for (CaseType broken : List.of(followsLater, unknownRole, negative)) {
			assertThrows(ValidationException.class, () -> fixture.asSystem(
					() -> timeline.defineCaseType(fixture.directory.housing().id(), broken)), broken.toString());
		}
		assertThrows(org.carebench.core.ForbiddenException.class,
				() -> timeline.defineCaseType(fixture.directory.housing().id(), HOUSING_SUPPORT));
		assertTrue(fixture.asSystem(() -> timeline.caseTypes(fixture.directory.housing().id())).isEmpty());
	}
}
