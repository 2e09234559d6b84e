package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.NewCase;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.NotFoundException;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.ValidationException;
import org.carebench.core.ForbiddenException;
import org.carebench.core.Permission;
import org.carebench.cases.Note;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The case service against a real database: creating, status changes, assignment, notes and the activity log. */
class CaseServiceTest {

	private final Casework fixture = new Casework();

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void opensACaseWithItsProjectCodeInTheFirstStatusAndLogsIt() {
		CaseDetails created = fixture.open(fixture.directory.clients().get(0), null);

		assertEquals(String.format("HOU-%06d", created.id()), created.code());
		assertEquals("NEW", created.status().code());
		assertEquals("José Núñez", created.client().fullName());
		assertNull(created.assignee());
		assertEquals(fixture.clock.instant(), created.openedAt());
		assertEquals(created.openedAt(), created.lastActivityAt());
		List<ActivityEntry> log = fixture.cases.activityLog(created.id());
		assertEquals(1, log.size());
		assertEquals(ActivityLog.CASE_OPENED, log.get(0).action());
		assertEquals("ana", log.get(0).actor().user().login());
		assertEquals(created.code(), log.get(0).after());
	}

	@Test
	void refusesAnOrganizationThatDoesNotWorkInTheProject() {
		OrganizationRef other = fixture.asSystem(() -> {
			ProjectRef health = fixture.directory.service().createProject(fixture.directory.network().id(), "HLT",
					"Health");
			return fixture.directory.service().createOrganization(fixture.directory.network().id(), "Other agency",
					List.of(health.id()));
		});
		ValidationException refusal = assertThrows(ValidationException.class, () -> fixture.cases.createCase(
				new NewCase(fixture.directory.clients().get(0).id(), fixture.directory.housing().id(), other.id(), null)));
		assertEquals("organization", refusal.field());
		assertEquals(0, fixture.cases.findCaseIds(CaseQuery.ALL).length);
	}

	@Test
	void aProjectThatDoesNotExistIsSaidSoRatherThanForbidden() {
		ValidationException refusal = assertThrows(ValidationException.class, () -> fixture.cases.createCase(
				new NewCase(fixture.directory.clients().get(0).id(), 9_999, fixture.directory.agency().id(), null)));
		assertEquals("project", refusal.field());
		assertTrue(refusal.getMessage().contains("9999") || refusal.getMessage().contains("9.999")
				|| refusal.getMessage().contains("9,999"), refusal.getMessage());
	}

	@Test
	void anOrganizationJoinsAProjectCreatedAfterIt() {
		ProjectRef health = fixture.asSystem(() -> fixture.directory.service()
				.createProject(fixture.directory.network().id(), "HLT", "Health"));
		assertThrows(ForbiddenException.class, () -> fixture.directory.service()
				.addOrganizationToProject(fixture.directory.agency().id(), health.id()), "only system administrators");
		fixture.asSystem(() -> fixture.directory.service().addOrganizationToProject(fixture.directory.agency().id(),
				health.id()));
		fixture.asSystem(() -> fixture.directory.service().addOrganizationToProject(fixture.directory.agency().id(),
				health.id())); // twice changes nothing
		assertEquals(List.of("Casa Abierta"), fixture.asSystem(() -> fixture.directory.service()
				.organizationsOf(health.id())).stream().map(OrganizationRef::name).toList());
		fixture.asSystem(() -> fixture.directory.memberships().addMember(fixture.directory.ana().id(), health.id(),
				org.carebench.core.RoleRef.CASEWORKER));
		fixture.directory.access().invalidate();
		CaseDetails opened = fixture.cases.createCase(new NewCase(fixture.directory.clients().get(0).id(),
				health.id(), fixture.directory.agency().id(), null));
		assertEquals("HLT", opened.project().code());
		ProjectRef elsewhere = fixture.asSystem(() -> fixture.directory.service().createProject(
				fixture.directory.service().createNetwork("Otra red").id(), "OTR", "Other"));
		assertThrows(ValidationException.class, () -> fixture.asSystem(() -> fixture.directory.service()
				.addOrganizationToProject(fixture.directory.agency().id(), elsewhere.id())), "another network's");
	}

	@Test
	void closingStampsTheCaseWithItsReasonAndReopeningClearsIt() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(1), fixture.directory.ana());
		fixture.clock.advance(Duration.ofHours(2));
		CaseDetails closed = fixture.cases.changeStatus(opened.id(), "CLOSED", "GOALS_MET", opened.version());
		assertEquals("CLOSED", closed.status().code());
		assertEquals("GOALS_MET", closed.closingReason().code());
		assertEquals(fixture.clock.instant(), closed.closedAt());
		assertEquals(fixture.clock.instant(), closed.lastActivityAt());

		fixture.clock.advance(Duration.ofHours(1));
		CaseDetails reopened = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeStatus(opened.id(), "IN_PROGRESS", null, closed.version()));
		assertNull(reopened.closedAt());
		assertNull(reopened.closingReason());

		List<ActivityEntry> log = fixture.cases.activityLog(opened.id());
		assertEquals(List.of(ActivityLog.CASE_OPENED, ActivityLog.ASSIGNED, ActivityLog.STATUS_CHANGED,
				ActivityLog.STATUS_CHANGED), log.stream().map(ActivityEntry::action).toList());
		assertEquals("NEW", log.get(2).before());
		assertEquals("CLOSED", log.get(2).after());
		assertEquals("GOALS_MET", log.get(2).detail());
		assertEquals("CLOSED", log.get(3).before());
		assertEquals("IN_PROGRESS", log.get(3).after());
		assertEquals("marco", log.get(3).actor().user().login());
		assertEquals(Instant.parse("2026-03-02T12:01:00Z"), log.get(3).occurredAt());
	}

	@Test
	void anUnknownStatusChangesNothing() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(1), null);
		ValidationException refusal = assertThrows(ValidationException.class,
				() -> fixture.cases.changeStatus(opened.id(), "ARCHIVED", null, opened.version()));
		assertTrue(refusal.getMessage().contains("ARCHIVED"), refusal.getMessage());
		CaseDetails after = fixture.cases.getCase(opened.id()).orElseThrow();
		assertEquals("NEW", after.status().code());
		assertEquals(opened.version(), after.version());
		assertEquals(1, fixture.cases.activityLog(opened.id()).size());
	}

	@Test
	void assignsAndUnassignsWithNamesInTheLog() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(2), null);
		CaseDetails assigned = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.assign(opened.id(), fixture.directory.marco().id(), opened.version()));
		assertEquals("Marco Rossi", assigned.assignee().displayName());
		CaseDetails unassigned = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.assign(opened.id(), null, assigned.version()));
		assertNull(unassigned.assignee());

		List<ActivityEntry> log = fixture.cases.activityLog(opened.id());
		assertEquals(ActivityLog.ASSIGNED, log.get(1).action());
		assertNull(log.get(1).before());
		assertEquals("Marco Rossi", log.get(1).after());
		assertEquals("Marco Rossi", log.get(2).before());
		assertNull(log.get(2).after());
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndLosesNothing() {
		CaseDetails seenByAna = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails seenByMarco = fixture.cases.getCase(seenByAna.id()).orElseThrow();

		fixture.cases.changeStatus(seenByAna.id(), "PENDING", null, seenByAna.version());
		fixture.session.signIn(fixture.directory.marco());
		ConcurrentChangeException refusal = assertThrows(ConcurrentChangeException.class,
				() -> fixture.cases.changeStatus(seenByMarco.id(), "CLOSED", "GOALS_MET", seenByMarco.version()));
		assertTrue(refusal.getMessage().contains(seenByAna.code()), refusal.getMessage());
		assertThrows(ConcurrentChangeException.class,
				() -> fixture.cases.assign(seenByMarco.id(), fixture.directory.marco().id(), seenByMarco.version()));

		CaseDetails stored = fixture.cases.getCase(seenByAna.id()).orElseThrow();
		assertEquals("PENDING", stored.status().code());
		assertNull(stored.assignee());
		assertEquals(2, fixture.cases.activityLog(seenByAna.id()).size());
	}

	@Test
	void notesAreStampedNewestFirstAndBadOnesAreRefused() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		assertThrows(ValidationException.class, () -> fixture.notes.addNote(opened.id(), "   "));
		ValidationException tooLong = assertThrows(ValidationException.class,
				() -> fixture.notes.addNote(opened.id(), "x".repeat(4001)));
		assertTrue(tooLong.getMessage().contains("4001"), tooLong.getMessage());

		fixture.clock.advance(Duration.ofMinutes(5));
		fixture.notes.addNote(opened.id(), "Primera entrevista realizada.");
		fixture.clock.advance(Duration.ofMinutes(5));
		fixture.session.signIn(fixture.directory.marco());
		fixture.notes.addNote(opened.id(), "  Colloquio di verifica.  ");

		CaseDetails details = fixture.cases.getCase(opened.id()).orElseThrow();
		assertEquals(List.of("Colloquio di verifica.", "Primera entrevista realizada."),
				details.notes().stream().map(n -> n.text()).toList());
		assertEquals("marco", details.notes().get(0).author().login());
		assertEquals(fixture.clock.instant(), details.notes().get(0).createdAt());
		assertEquals(fixture.clock.instant(), details.lastActivityAt());
		List<ActivityEntry> log = fixture.cases.activityLog(opened.id());
		assertEquals(3, log.size());
		assertEquals("Colloquio di verifica.", log.get(2).detail());
	}

	@Test
	void notesAreEditedAndDeletedByTheirAuthorOrBySomeoneAllowed() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		Note mine = fixture.notes.addNote(opened.id(), "Cita el lunes.");
		Note marcos = fixture.as(fixture.directory.marco(), () -> fixture.notes.addNote(opened.id(), "Llamar al casero."));

		Note edited = fixture.notes.editNote(mine.id(), "Cita el martes.");
		assertNotNull(edited.editedAt());
		ForbiddenException refused = assertThrows(ForbiddenException.class,
				() -> fixture.notes.editNote(marcos.id(), "Ya no."));
		assertEquals(Permission.NOTE_EDIT_ANY, refused.missing());
		assertThrows(ForbiddenException.class, () -> fixture.notes.deleteNote(marcos.id()));

		fixture.as(fixture.directory.marco(), () -> {
			fixture.notes.deleteNote(mine.id());
			return null;
		});
		CaseDetails after = fixture.cases.getCase(opened.id()).orElseThrow();
		assertEquals(List.of("Llamar al casero."), after.notes().stream().map(Note::text).toList());
		List<ActivityEntry> log = fixture.cases.activityLog(opened.id());
		assertEquals(ActivityLog.NOTE_DELETED, log.get(log.size() - 1).action());
		assertEquals("Cita el martes.", log.get(log.size() - 1).before(), "the log keeps what was deleted");
		assertEquals("Cita el lunes.", log.get(log.size() - 2).before());
	}

	@Test
	void anonymousClientsHaveNoName() {
		CaseDetails opened = fixture.open(fixture.directory.anonymous(), null);
		assertTrue(opened.client().anonymous());
		assertNull(opened.client().fullName());
		assertTrue(fixture.cases.getSummaries(new long[] { opened.id() }).get(0).isAnonymous());
	}

	@Test
	void theActivityLogNamesTheAutomationThatActed() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		fixture.session.runAsSystem("Deadline watcher",
				() -> fixture.cases.changeStatus(opened.id(), "PENDING", null, org.carebench.cases.CaseService.ANY_VERSION));
		ActivityEntry last = fixture.cases.activityLog(opened.id()).get(1);
		assertNull(last.actor().user());
		assertEquals("Deadline watcher", last.actor().displayName());
	}

	@Test
	void changesNeedSomebodySignedIn() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		fixture.session.signOut();
		assertThrows(CarebenchException.class, () -> fixture.notes.addNote(opened.id(), "who am I?"));
		assertThrows(CarebenchException.class, () -> fixture.cases.getCase(opened.id()));
		assertEquals(0, fixture.asSystem(() -> fixture.cases.getCase(opened.id()).orElseThrow().notes().size()));
	}

	@Test
	void aMissingCaseIsNotFound() {
		assertThrows(NotFoundException.class, () -> fixture.notes.addNote(424242, "lost"));
		assertTrue(fixture.cases.getCase(424242).isEmpty());
		assertNotNull(fixture.cases.statuses());
		assertEquals(List.of("NEW", "IN_PROGRESS", "PENDING", "CLOSED"),
				fixture.cases.statuses().stream().map(status -> status.code()).toList());
	}
}
