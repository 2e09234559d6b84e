package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeDefinition.ValueType;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseFlag;
import org.carebench.cases.FlagType;
import org.carebench.cases.RelatableClient;
import org.carebench.cases.RelatedCase;
import org.carebench.core.ForbiddenException;
import org.carebench.core.NotFoundException;
import org.carebench.core.TeamRef;
import org.carebench.core.ValidationException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flags, typed attributes, related cases and teams, each change in the case's log. */
class AnnotationTest {

	private final Casework fixture = new Casework();

	@AfterEach
	void close() {
		fixture.close();
	}

	private long housing() {
		return fixture.directory.housing().id();
	}

	private List<String> actions(CaseDetails details) {
		return fixture.cases.activityLog(details.id()).stream().map(e -> e.action()).toList();
	}

	@Test
	void flagsAreRaisedAndResolvedByWhoMayAndLogged() {
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		assertEquals("URGENT", fixture.setup.flagTypes(housing()).get(0).code(), "the default flags");
		CaseFlag flag = fixture.annotations.addFlag(opened.id(), "URGENT", "no heating");
		assertTrue(flag.isOpen());
		assertEquals("ana", flag.addedBy().user().login());
		assertThrows(NotFoundException.class, () -> fixture.as(fixture.directory.giulia(),
				() -> fixture.annotations.addFlag(opened.id(), "URGENT", null)), "Giulia does not see the case");
		ValidationException unknown = assertThrows(ValidationException.class,
				() -> fixture.annotations.addFlag(opened.id(), "LOUD", null));
		assertTrue(unknown.getMessage().contains("Safety concern"), unknown.getMessage());
		CaseFlag resolved = fixture.as(fixture.directory.marco(), () -> fixture.annotations.resolveFlag(flag.id()));
		assertFalse(resolved.isOpen());
		assertEquals("marco", resolved.resolvedBy().user().login());
		assertTrue(actions(opened).containsAll(List.of("case.flag.added", "case.flag.resolved")));

		fixture.asSystem(() -> fixture.setup.defineFlagTypes(housing(), List.of(new FlagType("URGENT", "Urgente"))));
		assertEquals(List.of("Urgente"), fixture.setup.flagTypes(housing()).stream().map(FlagType::name).toList());
		assertThrows(ValidationException.class, () -> fixture.asSystem(
				() -> fixture.setup.defineFlagTypes(housing(), List.of(new FlagType("OTHER", "Other")))),
				"a type with flags on cases stays");
		assertThrows(ForbiddenException.class,
				() -> fixture.setup.defineFlagTypes(housing(), List.of(new FlagType("X", "X"))));
	}

	@Test
	void attributeValuesMustFitTheirType() {
		fixture.asSystem(() -> fixture.setup.defineAttributes(housing(),
				List.of(new AttributeDefinition("SIUSS_ID", "SIUSS id", ValueType.TEXT),
						new AttributeDefinition("INCOME", "Monthly income", ValueType.NUMBER),
						new AttributeDefinition("EVICTION", "Eviction date", ValueType.DATE),
						new AttributeDefinition("MINORS", "Minors at home", ValueType.YES_NO))));
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		assertEquals("A-77", fixture.annotations.setAttribute(opened.id(), "SIUSS_ID", " A-77 ").value());
		assertEquals("850.5", fixture.annotations.setAttribute(opened.id(), "INCOME", "850,50").value());
		assertEquals("2026-05-01", fixture.annotations.setAttribute(opened.id(), "EVICTION", "2026-05-01").value());
		assertEquals("true", fixture.annotations.setAttribute(opened.id(), "MINORS", "sí").value());
		for (String[] bad : new String[][] { { "INCOME", "about 800" }, { "INCOME", "1.23456" },
				{ "EVICTION", "1/5/2026" }, { "MINORS", "maybe" }, { "SIUSS_ID", "x".repeat(1001) } }) {
			ValidationException refused = assertThrows(ValidationException.class,
					() -> fixture.annotations.setAttribute(opened.id(), bad[0], bad[1]), bad[0]);
			assertTrue(refused.getMessage().contains("expected"), refused.getMessage());
		}
		assertEquals("850.5", fixture.annotations.attributes(opened.id()).get(1).value(), "a refused value changes nothing");
		assertNull(fixture.annotations.setAttribute(opened.id(), "INCOME", " ").value(), "a blank value clears it");
		assertTrue(fixture.cases.activityLog(opened.id()).stream()
				.anyMatch(e -> e.action().equals("case.attribute") && "850.5".equals(e.before()) && e.after() == null));
		assertThrows(ForbiddenException.class, () -> fixture.as(fixture.directory.marco(),
				() -> fixture.setup.defineAttributes(housing(), List.of())), "a supervisor does not define them");
		assertThrows(ValidationException.class, () -> fixture.asSystem(() -> fixture.setup
				.defineAttributes(housing(), List.of(new AttributeDefinition("SIUSS_ID", "SIUSS id", ValueType.NUMBER)))),
				"an attribute with values keeps its type");
	}

	@Test
	void relatingStartsFromANamedClientAndSearchesTheNetwork() {
		CaseDetails nunez = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails anonymous = fixture.open(fixture.directory.anonymous(), null);
		CaseDetails smith = fixture.as(fixture.directory.giulia(), () -> fixture.cases
				.createCase(new org.carebench.cases.NewCase(fixture.directory.clients().get(2).id(), housing(),
						fixture.directory.partner().id(), null)));
		assertThrows(ValidationException.class, () -> fixture.links.findRelatable(anonymous.id(), "", 10));
		List<RelatableClient> everyone = fixture.links.findRelatable(nunez.id(), "", 10);
		assertEquals(List.of("Giulia Bianchi", "Mary Smith"), everyone.stream().map(RelatableClient::name).toList(),
				"a blank name lists every named client of the network but the case's own");
		List<RelatableClient> smiths = fixture.links.findRelatable(nunez.id(), "smi", 10);
		RelatedCase other = smiths.get(0).cases().get(0);
		assertFalse(other.visible(), "a partner's case is recognizable, not open to Ana");
		assertEquals(List.of("Mary Smith"), fixture.links.findRelatable(nunez.id(), "MARY", 10).stream()
				.map(RelatableClient::name).toList(), "by first name too");
		List<RelatedCase> linked = fixture.links.link(nunez.id(), smith.id());
		assertEquals(List.of(smith.code()), linked.stream().map(RelatedCase::code).toList());
		assertEquals(List.of(nunez.code()), fixture.as(fixture.directory.giulia(),
				() -> fixture.links.relatedCases(smith.id())).stream().map(RelatedCase::code).toList());
		assertThrows(ValidationException.class, () -> fixture.links.link(nunez.id(), anonymous.id()));
		assertTrue(actions(nunez).contains("case.linked"));
		assertEquals(List.of(), fixture.links.unlink(nunez.id(), smith.id()));
	}

	@Test
	void aCaseGoesToATeamOfItsOrganization() {
		TeamRef night = fixture.asSystem(() -> fixture.directory.teams().createTeam(fixture.directory.agency().id(), "Night shelter"));
		TeamRef partners = fixture.asSystem(() -> fixture.directory.teams().createTeam(fixture.directory.partner().id(), "Outreach"));
		fixture.asSystem(() -> {
			fixture.directory.teams().addTeamMember(night.id(), fixture.directory.ana().id());
			return null;
		});
		assertThrows(ValidationException.class, () -> fixture.asSystem(() -> {
			fixture.directory.teams().addTeamMember(night.id(), fixture.directory.giulia().id());
			return null;
		}));
		assertEquals(List.of("Night shelter"), fixture.directory.teams().teamsOf(fixture.directory.ana().id()).stream()
				.map(TeamRef::name).toList());
		CaseDetails opened = fixture.open(fixture.directory.clients().get(0), null);
		assertThrows(ForbiddenException.class, () -> fixture.cases.assignTeam(opened.id(), night.id(), opened.version()),
				"a caseworker does not assign");
		CaseDetails assigned = fixture.as(fixture.directory.marco(),
				() -> fixture.cases.assignTeam(opened.id(), night.id(), opened.version()));
		assertEquals("Night shelter", assigned.team().name());
		assertThrows(ValidationException.class, () -> fixture.as(fixture.directory.marco(),
				() -> fixture.cases.assignTeam(opened.id(), partners.id(), assigned.version())));
		assertTrue(actions(opened).contains("case.team"));
		assertThrows(ForbiddenException.class, () -> fixture.as(fixture.directory.marco(),
				() -> fixture.directory.teams().createTeam(fixture.directory.agency().id(), "Day centre")),
				"a supervisor is no project administrator");
	}
}
