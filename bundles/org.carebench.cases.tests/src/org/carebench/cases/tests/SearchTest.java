package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeDefinition.ValueType;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseOverview;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.SavedView;
import org.carebench.cases.SearchRule;
import org.carebench.cases.SearchRule.Field;
import org.carebench.cases.SearchRule.Operator;
import org.carebench.core.ValidationException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quick search, column filters and advanced rules, saved views and the overview's counts. */
class SearchTest {

	private final Casework fixture = new Casework();
	private CaseDetails nunez;
	private CaseDetails bianchi;
	private CaseDetails smith;

	@BeforeEach
	void openCases() {
		nunez = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		bianchi = fixture.open(fixture.directory.clients().get(1), null);
		smith = fixture.as(fixture.directory.marco(),
				() -> fixture.open(fixture.directory.clients().get(2), fixture.directory.marco()));
		fixture.clock.advance(Duration.ofDays(40));
		fixture.cases.changeStatus(smith.id(), "CLOSED", "GOALS_MET", current(smith).version());
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private CaseDetails current(CaseDetails details) {
		return fixture.cases.getCase(details.id()).orElseThrow();
	}

	private List<String> codes(CaseQuery query) {
		return fixture.cases.findCases(query, Optional.empty(), 100).rows().stream().map(CaseSummary::code).toList();
	}

	private List<String> quick(String text) {
		return fixture.search.quickSearch(text, 10).stream().map(CaseSummary::code).toList();
	}

	@Test
	void quickSearchFindsNamesWhateverTheirAccentsAndCaseAndCodesByPrefix() {
		assertEquals(List.of(nunez.code()), quick("Nuñez"));
		assertEquals(List.of(nunez.code()), quick("NUNEZ"));
		assertEquals(List.of(nunez.code()), quick("núñ"));
		assertEquals(List.of(nunez.code()), quick("jose"), "first names too");
		assertEquals(List.of(bianchi.code()), quick(bianchi.code().toLowerCase()));
		assertEquals(3, quick("HOU-").size());
		assertEquals(List.of(), quick("Smyth"));
	}

	@Test
	void searchTextIsTakenAsTextNotAsSqlOrPatterns() {
		for (String hostile : List.of("%", "_", "!", "' OR '1'='1", "Nu%ez", "N_nez", ".*", "[a-z]+", "\\", "'); DROP TABLE care_case; --")) {
			assertEquals(List.of(), quick(hostile), hostile);
			assertEquals(List.of(), codes(CaseQuery.ALL.withText(hostile)), hostile);
		}
		assertEquals(3, codes(CaseQuery.ALL).size(), "nothing was dropped");
	}

	@Test
	void theListCombinesTextColumnFiltersAndRules() {
		assertEquals(List.of(nunez.code()), codes(CaseQuery.ALL.withText("nunez")));
		assertEquals(List.of(bianchi.code()), codes(CaseQuery.ALL.withAssignee(AssigneeFilter.UNASSIGNED)));
		CaseQuery openedEarly = CaseQuery.ALL
				.withRules(List.of(SearchRule.of(Field.OPENED, Operator.BEFORE, "2026-03-03"),
						SearchRule.of(Field.CLOSED, Operator.IS_EMPTY, null)), false)
				.sortedBy(CaseSort.CODE, true);
		assertEquals(List.of(nunez.code(), bianchi.code()), codes(openedEarly));
		CaseQuery closedOrMine = CaseQuery.ALL.withRules(List.of(SearchRule.of(Field.STATUS, Operator.IS, "CLOSED"),
				SearchRule.of(Field.ASSIGNEE, Operator.IS, SearchRule.ME)), true).sortedBy(CaseSort.CODE, true);
		assertEquals(List.of(nunez.code(), smith.code()), codes(closedOrMine));
		assertEquals(List.of(smith.code()), codes(closedOrMine.withRules(closedOrMine.rules(), false)
				.withAssignee(AssigneeFilter.ANY).withRules(List.of(SearchRule.of(Field.STATUS, Operator.IS, "CLOSED")), false)));
		assertEquals(List.of(smith.code()), codes(CaseQuery.ALL.withRules(
				List.of(SearchRule.between(Field.CLOSED, "2026-04-01", "2026-04-30")), false)));
	}

	@Test
	void rulesOnFlagsAndAttributes() {
		fixture.asSystem(() -> fixture.setup.defineAttributes(fixture.directory.housing().id(),
				List.of(new AttributeDefinition("HOUSEHOLD", "Household size", ValueType.NUMBER))));
		fixture.annotations.setAttribute(nunez.id(), "HOUSEHOLD", "4");
		fixture.annotations.setAttribute(bianchi.id(), "HOUSEHOLD", "1");
		fixture.annotations.addFlag(bianchi.id(), "SAFETY", null);
		assertEquals(List.of(nunez.code()), codes(CaseQuery.ALL.withRules(
				List.of(SearchRule.attribute("HOUSEHOLD", Operator.GREATER_THAN, "2")), false)));
		assertEquals(List.of(smith.code()), codes(CaseQuery.ALL.withRules(
				List.of(SearchRule.attribute("HOUSEHOLD", Operator.IS_EMPTY, null)), false)));
		assertEquals(List.of(bianchi.code()), codes(CaseQuery.ALL.withRules(
				List.of(SearchRule.of(Field.FLAG, Operator.IS, "SAFETY")), false)));
		assertEquals(2, codes(CaseQuery.ALL.withRules(List.of(SearchRule.of(Field.FLAG, Operator.IS_EMPTY, null)), false)).size());
	}

	@Test
	void badRulesAreRefusedWithAMessage() {
		List<List<SearchRule>> bad = List.of(
				List.of(SearchRule.of(Field.STATUS, Operator.IS, "NEW"), SearchRule.of(Field.STATUS, Operator.IS, "CLOSED")),
				List.of(SearchRule.of(Field.OPENED, Operator.BEFORE, "31/12/2025")),
				List.of(SearchRule.of(Field.STATUS, Operator.BEFORE, "2025-01-01")),
				List.of(SearchRule.of(Field.ASSIGNEE, Operator.IS, "ana")),
				List.of(SearchRule.attribute("NOPE", Operator.IS, "1")),
				List.of(SearchRule.of(Field.CODE, Operator.STARTS_WITH, " ")));
		for (List<SearchRule> rules : bad) {
			ValidationException refused = assertThrows(ValidationException.class,
					() -> codes(CaseQuery.ALL.withRules(rules, false)), rules.toString());
			assertTrue(refused.getMessage().length() > 10);
		}
	}

	@Test
	void savedViewsComeBackAsTheyWereSavedForTheirOwnerOnly() {
		fixture.asSystem(() -> fixture.setup.defineAttributes(fixture.directory.housing().id(),
				List.of(new AttributeDefinition("HOUSEHOLD", "Household", AttributeDefinition.ValueType.NUMBER))));
		CaseQuery query = CaseQuery.ALL.withText("nu").withStatus("NEW")
				.withRules(List.of(SearchRule.between(Field.OPENED, "2026-01-01", "2026-03-31"),
						SearchRule.attribute("HOUSEHOLD", Operator.GREATER_THAN, "2")), true)
				.sortedBy(CaseSort.CLIENT, true);
		SavedView saved = fixture.search.saveView("Mis casos nuevos", query);
		assertEquals(query, saved.query());
		fixture.search.saveView("Mis casos nuevos", query.withStatus("PENDING"));
		assertEquals(List.of("PENDING"), fixture.search.savedViews().stream().map(v -> v.query().statusCode()).toList(),
				"saving under the same name replaces the view");
		assertEquals(List.of(), fixture.as(fixture.directory.marco(), () -> fixture.search.savedViews()));
		long id = fixture.search.savedViews().get(0).id();
		assertThrows(org.carebench.core.NotFoundException.class,
				() -> fixture.as(fixture.directory.marco(), () -> {
					fixture.search.deleteView(id);
					return null;
				}));
		fixture.search.deleteView(id);
		assertEquals(List.of(), fixture.search.savedViews());
	}

	@Test
	void aViewThatCouldNotRunIsRefusedWhenSavedNotWhenOpened() {
		CaseQuery twoOnOneField = CaseQuery.ALL.withRules(List.of(SearchRule.of(Field.STATUS, Operator.IS, "NEW"),
				SearchRule.of(Field.STATUS, Operator.IS_NOT, "CLOSED")), false);
		ValidationException refused = assertThrows(ValidationException.class,
				() -> fixture.search.saveView("Dos reglas", twoOnOneField));
		assertEquals("rules", refused.field());
		ValidationException badDate = assertThrows(ValidationException.class, () -> fixture.search.saveView("Fecha",
				CaseQuery.ALL.withRules(List.of(SearchRule.of(Field.OPENED, Operator.BEFORE, "31/02/2026")), false)));
		assertTrue(badDate.getMessage().contains("31/02/2026"), badDate.getMessage());
		assertEquals(List.of(), fixture.search.savedViews(), "nothing saved");
	}

	@Test
	void theOverviewCountsWhatTheUserSeesAndListsHisRecentCases() {
		CaseOverview overview = fixture.search.overview(5);
		assertEquals(3, overview.total());
		assertEquals(1, overview.closed());
		assertEquals(1, overview.unassigned());
		assertEquals(1, overview.assigned());
		assertEquals(List.of(smith.code(), bianchi.code(), nunez.code()),
				overview.myRecent().stream().map(CaseSummary::code).toList());
		CaseOverview giulias = fixture.as(fixture.directory.giulia(), () -> fixture.search.overview(5));
		assertEquals(0, giulias.total(), "another organization's cases are not counted");
	}
}
