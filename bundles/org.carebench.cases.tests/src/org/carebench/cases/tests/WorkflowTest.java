package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.cases.Workflow.Transition;
import org.carebench.cases.internal.CaseAutomationImpl;
import org.carebench.cases.internal.ClosingNoteRule;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ForbiddenException;
import org.carebench.core.Permission;
import org.carebench.core.ValidationException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-project workflows, closing reasons, close rules, reopening and automations. */
class WorkflowTest {

	private final Casework fixture = new Casework();

	/** A help desk's workflow: tickets are opened, worked on and resolved. */
	private static final Workflow HELP_DESK = new Workflow(0,
			List.of(new CaseStatus("OPENED", "Opened", false, 10), new CaseStatus("WORKING", "Being worked on", false, 20),
					new CaseStatus("RESOLVED", "Resolved", true, 30)),
			Set.of(new Transition("OPENED", "WORKING"), new Transition("WORKING", "RESOLVED"),
					new Transition("RESOLVED", "WORKING")),
			List.of(new ClosingReason("FIXED", "Fixed"), new ClosingReason("NOT_REPRODUCIBLE", "Not reproducible")),
			List.of());

	@AfterEach
	void close() {
		fixture.close();
	}

	private void defineHelpDesk(List<String> closeRules) {
		Workflow workflow = new Workflow(0, HELP_DESK.statuses(), HELP_DESK.transitions(), HELP_DESK.closingReasons(),
				closeRules);
		fixture.asSystem(() -> fixture.setup.defineWorkflow(fixture.directory.housing().id(), workflow));
	}

	@Test
	void aProjectsOwnWorkflowDecidesWhereCasesStartAndWhereTheyMayGo() {
		defineHelpDesk(List.of());
		CaseDetails ticket = fixture.open(fixture.directory.clients().get(0), null);
		assertEquals("OPENED", ticket.status().code());

		ValidationException skipped = assertThrows(ValidationException.class,
				() -> fixture.cases.changeStatus(ticket.id(), "RESOLVED", "FIXED", ticket.version()));
		assertTrue(skipped.getMessage().contains("Opened") && skipped.getMessage().contains("Being worked on"),
				skipped.getMessage());
		assertThrows(ValidationException.class,
				() -> fixture.cases.changeStatus(ticket.id(), "NEW", null, ticket.version()));

		CaseDetails working = fixture.cases.changeStatus(ticket.id(), "WORKING", null, ticket.version());
		ValidationException noReason = assertThrows(ValidationException.class,
				() -> fixture.cases.changeStatus(ticket.id(), "RESOLVED", null, working.version()));
		assertEquals("closingReason", noReason.field());
		assertTrue(noReason.getMessage().contains("Not reproducible"), noReason.getMessage());
		CaseDetails resolved = fixture.cases.changeStatus(ticket.id(), "RESOLVED", "FIXED", working.version());
		assertEquals("Fixed", resolved.closingReason().name());
		assertEquals(List.of("OPENED", "WORKING", "RESOLVED"),
				fixture.setup.workflow(fixture.directory.housing().id()).statuses().stream().map(CaseStatus::code).toList());
	}

	@Test
	void reopeningNeedsItsOwnPermission() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails closed = fixture.cases.changeStatus(opened.id(), "CLOSED", "REFERRED", opened.version());
		ForbiddenException refused = assertThrows(ForbiddenException.class,
				() -> fixture.cases.changeStatus(opened.id(), "IN_PROGRESS", null, closed.version()));
		assertEquals(Permission.CASE_REOPEN, refused.missing());
		CaseDetails reopened = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.changeStatus(opened.id(), "IN_PROGRESS", null, closed.version()));
		assertNull(reopened.closingReason());
	}

	@Test
	void closeRulesSayWhatIsMissing() {
		ClosingNoteRule rule = new ClosingNoteRule();
		fixture.closeRules.addRule(rule);
		defineHelpDesk(List.of(ClosingNoteRule.ID));
		CaseDetails ticket = fixture.open(fixture.directory.clients().get(1), null);
		CaseDetails working = fixture.cases.changeStatus(ticket.id(), "WORKING", null, ticket.version());
		ValidationException refused = assertThrows(ValidationException.class,
				() -> fixture.cases.changeStatus(ticket.id(), "RESOLVED", "FIXED", working.version()));
		assertTrue(refused.getMessage().contains(rule.check(working).orElseThrow()), refused.getMessage());
		assertEquals("WORKING", fixture.cases.getCase(ticket.id()).orElseThrow().status().code());

		fixture.notes.addNote(ticket.id(), "Impresora sustituida.");
		CaseDetails noted = fixture.cases.getCase(ticket.id()).orElseThrow();
		assertEquals("RESOLVED", fixture.cases.changeStatus(ticket.id(), "RESOLVED", "FIXED", noted.version()).status()
				.code());
	}

	@Test
	void statusesInUseStayAndBrokenWorkflowsAreRefused() {
		fixture.open(fixture.directory.clients().get(0), null); // a case in NEW
		ValidationException inUse = assertThrows(ValidationException.class, () -> defineHelpDesk(List.of()));
		assertTrue(inUse.getMessage().contains("NEW"), inUse.getMessage());

		Workflow noOpen = new Workflow(0, List.of(new CaseStatus("DONE", "Done", true, 1)), Set.of(),
				List.of(new ClosingReason("OK", "OK")), List.of());
		Workflow unknown = new Workflow(0, List.of(new CaseStatus("NEW", "New", false, 1)),
				Set.of(new Transition("NEW", "GONE")), List.of(), List.of());
		Workflow noReasons = new Workflow(0,
				List.of(new CaseStatus("NEW", "New", false, 1), new CaseStatus("DONE", "Done", true, 2)), Set.of(),
				List.of(), List.of());
		Workflow badCode = new Workflow(0, List.of(new CaseStatus("new'; DROP", "x", false, 1)), Set.of(), List.of(),
				List.of());
		for (Workflow broken : List.of(noOpen, unknown, noReasons, badCode)) {
			assertThrows(ValidationException.class, () -> fixture.asSystem(
					() -> fixture.setup.defineWorkflow(fixture.directory.housing().id(), broken)), broken.toString());
		}
		assertEquals("NEW", fixture.setup.workflow(fixture.directory.housing().id()).initial().orElseThrow().code());
	}

	@Test
	void automationsMoveCasesAlongTheWorkflowUnderTheirName() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(2), null);
		CaseAutomationImpl automation = new CaseAutomationImpl(fixture.cases, fixture.session);
		fixture.session.signOut();
		CaseDetails pending = automation.changeStatus("Recordatorios vencidos", opened.id(), "PENDING", null);
		assertEquals("PENDING", pending.status().code());
		assertThrows(ValidationException.class,
				() -> automation.changeStatus("Recordatorios vencidos", opened.id(), "NEW", null));
		List<ActivityEntry> log = fixture.asSystem(() -> fixture.cases.activityLog(opened.id()));
		assertEquals("Recordatorios vencidos", log.get(log.size() - 1).actor().displayName());
	}

	@Test
	void statusesAndClosingReasonsAreNamedInTheUsersLanguage() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.of("it"));
			CaseDetails opened = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
			assertEquals("Nuovo", opened.status().name());
			assertEquals(List.of("Nuovo", "In corso", "In attesa", "Chiuso"),
					fixture.cases.statuses().stream().map(CaseStatus::name).toList());
			CaseDetails closed = fixture.cases.changeStatus(opened.id(), "CLOSED", "WITHDREW", opened.version());
			assertEquals("Il cliente ha rinunciato", closed.closingReason().name());
			Locale.setDefault(Locale.of("es"));
			assertEquals("Cerrado", fixture.cases.getCase(opened.id()).orElseThrow().status().name());
			Locale.setDefault(Locale.ENGLISH);
			assertEquals("Closed", fixture.cases.getCase(opened.id()).orElseThrow().status().name());
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aProjectsWorkflowCarriesItsOwnTranslations() {
		Workflow named = new Workflow(0, HELP_DESK.statuses(), HELP_DESK.transitions(), HELP_DESK.closingReasons(),
				List.of(), List.of(new Workflow.Translation(Workflow.Named.STATUS, "OPENED", "es", "Abierta"),
						new Workflow.Translation(Workflow.Named.CLOSING_REASON, "FIXED", "es", "Resuelta")));
		Workflow saved = fixture.asSystem(() -> fixture.setup.defineWorkflow(fixture.directory.housing().id(), named));
		assertEquals(2, saved.translations().size());
		assertEquals("Opened", saved.status("OPENED").orElseThrow().name(), "defined names stay as defined");
		assertEquals("Abierta", saved.localized("es").status("OPENED").orElseThrow().name());
		assertEquals("Opened", saved.localized("it").status("OPENED").orElseThrow().name(), "no Italian name: as defined");
		for (Workflow.Translation wrong : List.of(new Workflow.Translation(Workflow.Named.STATUS, "NOPE", "es", "X"),
				new Workflow.Translation(Workflow.Named.STATUS, "OPENED", "Spanish", "X"),
				new Workflow.Translation(Workflow.Named.CLOSING_REASON, "OPENED", "es", "X"))) {
			assertThrows(ValidationException.class, () -> fixture.asSystem(() -> fixture.setup.defineWorkflow(
					fixture.directory.housing().id(), new Workflow(0, HELP_DESK.statuses(), HELP_DESK.transitions(),
							HELP_DESK.closingReasons(), List.of(), List.of(wrong)))), wrong.toString());
		}
	}
}
