package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseSettings;
import org.carebench.cases.CaseType;
import org.carebench.cases.CaseType.Activity;
import org.carebench.cases.CaseType.Role;
import org.carebench.cases.NewCase;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.Workflow;
import org.carebench.cases.internal.ActivitiesDoneRule;
import org.carebench.cases.internal.TimelineServiceImpl;
import org.carebench.core.ValidationException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Case types with timelines: roles filled at opening, activities scheduled at day offsets, what is due for whom. */
class TimelineTest {

	private final Casework fixture = new Casework();
	private final TimelineServiceImpl timeline = fixture.timeline;

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
		CaseType type = fixture.asSystem(() -> fixture.setup.defineCaseType(fixture.directory.housing().id(), HOUSING_SUPPORT));
		return fixture.cases.createCase(new NewCase(fixture.directory.clients().get(0).id(),
				fixture.directory.housing().id(), fixture.directory.agency().id(), fixture.directory.ana().id(), type.id(),
				Map.of("HOMELESS_COORDINATOR", fixture.directory.ana().id(), "BENEFITS_SPECIALIST",
						fixture.directory.marco().id(), "HEALTH_COORDINATOR", fixture.directory.giulia().id())));
	}

	@Test
	void activitiesLandAtTheirDayOffsetsWithTheirRolesHolders() {
		CaseDetails opened = openHousingSupport();
		LocalDate day = fixture.context.day(opened.openedAt());
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
		LocalDate day = fixture.context.day(opened.openedAt());
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
		Workflow standard = fixture.setup.workflow(0);
		fixture.asSystem(() -> fixture.setup.defineWorkflow(fixture.directory.housing().id(),
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
					() -> fixture.setup.defineCaseType(fixture.directory.housing().id(), broken)), broken.toString());
		}
		assertThrows(org.carebench.core.ForbiddenException.class,
				() -> fixture.setup.defineCaseType(fixture.directory.housing().id(), HOUSING_SUPPORT));
		assertTrue(fixture.asSystem(() -> fixture.setup.caseTypes(fixture.directory.housing().id())).isEmpty());
	}

	/** CiviCase's housing example: the coordinator is whoever opens the case, and opening it is its first activity. */
	private static final CaseType OPENED_BY_COORDINATOR = new CaseType(0, 0, "HOUSING_INTAKE", "Housing intake",
			List.of(new Role("COORDINATOR", "Housing coordinator", true), new Role("SPECIALIST", "Benefits specialist")),
			List.of(new Activity("OPEN_CASE", "Open case", 0, null, "COORDINATOR", true),
					new Activity("ASSESSMENT", "Initial assessment", 2, null, "COORDINATOR"),
					new Activity("BENEFITS", "Benefits check", 3, null, "SPECIALIST")));

	private CaseDetails openIntake() {
		CaseType type = fixture.asSystem(
				() -> fixture.setup.defineCaseType(fixture.directory.housing().id(), OPENED_BY_COORDINATOR));
		return fixture.cases.createCase(new NewCase(fixture.directory.clients().get(0).id(),
				fixture.directory.housing().id(), fixture.directory.agency().id(), fixture.directory.ana().id(), type.id(),
				Map.of("SPECIALIST", fixture.directory.marco().id())));
	}

	@Test
	void whoeverOpensTheCaseFillsTheRoleThatSaysSoAndOpeningItIsDone() {
		CaseDetails opened = openIntake();
		assertEquals(List.of("Housing coordinator: Ana García", "Benefits specialist: Marco Rossi"),
				opened.roles().stream().map(r -> r.roleName() + ": " + r.user().displayName()).toList());
		List<ScheduledActivity> activities = timeline.activities(opened.id());
		ScheduledActivity openCase = activities.get(0);
		assertEquals("Open case", openCase.name());
		assertEquals(ScheduledActivity.Status.COMPLETED, openCase.status());
		assertEquals(opened.openedAt(), openCase.completedAt());
		assertEquals(fixture.context.day(opened.openedAt()), openCase.due());
		assertEquals(List.of("Initial assessment"), timeline.upcomingForMe(openCase.due().plusDays(30)).stream()
				.map(ScheduledActivity::name).toList(), "what is done is not due");
		assertTrue(fixture.cases.activityLog(opened.id()).stream()
				.anyMatch(e -> e.action().equals("case.activity.completed") && "Open case".equals(e.detail())));
		CaseType stored = fixture.asSystem(() -> fixture.setup.caseTypes(fixture.directory.housing().id())).get(0);
		assertTrue(stored.roles().get(0).filledByOpener());
		assertTrue(stored.activities().get(0).doneAtOpening());
	}

	@Test
	void aRoleChangesHandsAndItsOpenActivitiesFollow() {
		CaseDetails opened = openIntake();
		assertThrows(org.carebench.core.ForbiddenException.class,
				() -> fixture.cases.changeRoleHolder(opened.id(), "COORDINATOR", fixture.directory.marco().id()),
				"a caseworker does not hand roles over");
		CaseDetails changed = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeRoleHolder(opened.id(), "COORDINATOR", fixture.directory.giulia().id()));
		assertEquals("Giulia Conti", changed.roles().get(0).user().displayName());
		assertTrue(changed.collaborators().stream().anyMatch(c -> c.login().equals("giulia")),
				"a holder of a partner organization collaborates, so that he sees the case");
		List<ScheduledActivity> activities = timeline.activities(opened.id());
		assertEquals("ana", activities.get(0).assignee().login(), "what was done stays with who did it");
		assertEquals("giulia", activities.get(1).assignee().login());
		assertEquals("marco", activities.get(2).assignee().login(), "other roles' activities stay");
		assertTrue(fixture.cases.activityLog(opened.id()).stream().anyMatch(e -> e.action().equals("case.role.changed")
				&& "Ana García".equals(e.before()) && "Giulia Conti".equals(e.after())
				&& "Housing coordinator".equals(e.detail())));
		CaseDetails emptied = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeRoleHolder(opened.id(), "COORDINATOR", null));
		assertEquals(List.of("Benefits specialist"), emptied.roles().stream().map(r -> r.roleName()).toList());
		assertEquals("ana", timeline.activities(opened.id()).get(1).assignee().login(),
				"without a holder, the case's assignee does the role's work");
		assertThrows(ValidationException.class, () -> fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeRoleHolder(opened.id(), "NO_SUCH_ROLE", null)));
	}

	@Test
	void closingCancelsWhatIsStillToDoUnlessTheProjectKeepsIt() {
		CaseDetails opened = openIntake();
		CaseDetails closed = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeStatus(opened.id(), "CLOSED", "GOALS_MET", opened.version()));
		assertEquals(List.of(ScheduledActivity.Status.COMPLETED, ScheduledActivity.Status.CANCELLED,
				ScheduledActivity.Status.CANCELLED),
				timeline.activities(opened.id()).stream().map(ScheduledActivity::status).toList());
		assertEquals(List.of(), timeline.upcomingForMe(fixture.context.today().plusDays(60)));
		assertEquals(2, fixture.cases.activityLog(opened.id()).stream()
				.filter(e -> e.action().equals("case.activity.cancelled")).count());
		assertEquals("CLOSED", closed.status().code());

		fixture.asSystem(() -> fixture.setup.defineSettings(fixture.directory.housing().id(), new CaseSettings(false)));
		CaseDetails kept = openIntake();
		fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeStatus(kept.id(), "CLOSED", "GOALS_MET", kept.version()));
		assertEquals(2, timeline.activities(kept.id()).stream()
				.filter(a -> a.status() == ScheduledActivity.Status.SCHEDULED).count(), "the project keeps them");
		assertFalse(fixture.setup.settings(fixture.directory.housing().id()).cancelActivitiesOnClose());
	}

	@Test
	void closingManyCasesAtOnceCancelsTheirActivitiesToo() {
		CaseDetails first = openIntake();
		CaseDetails second = openIntake();
		BulkReport report = fixture.as(fixture.directory.marco(), () -> fixture.bulk.changeStatus(
				new long[] { first.id(), second.id() }, "CLOSED", "GOALS_MET", BulkProgress.NONE));
		assertEquals(2, report.changed());
		for (CaseDetails theCase : List.of(first, second)) {
			assertTrue(timeline.activities(theCase.id()).stream()
					.noneMatch(a -> a.status() == ScheduledActivity.Status.SCHEDULED));
		}
	}
}
