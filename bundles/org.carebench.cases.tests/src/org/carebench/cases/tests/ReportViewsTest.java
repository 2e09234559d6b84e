package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.ReportScope;
import org.carebench.cases.internal.ReportScopeImpl;
import org.carebench.core.UserRef;
import org.carebench.core.model.Jdbc;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reporting views (docs/reporting.md) show each user the cases he sees in the case list, whether his
 * organization's, shared across the network or collaborated on; outside a scope they show nothing; and the
 * trigger-kept case counts stay equal to the cases themselves through changes and folding.
 */
class ReportViewsTest {

	private final Casework fixture = new Casework();
	private final ReportScopeImpl scope = new ReportScopeImpl(fixture.context);

	@AfterEach
	void close() {
		fixture.close();
	}

	private List<CaseDetails> openCasesOfBothOrganizations() {
		List<CaseDetails> agency = List.of(fixture.open(fixture.directory.clients().get(0), fixture.directory.ana()),
				fixture.open(fixture.directory.clients().get(1), null),
				fixture.open(fixture.directory.clients().get(2), fixture.directory.ana()));
		CaseDetails first = agency.get(0);
		fixture.cases.changeStatus(first.id(), "IN_PROGRESS", null, first.version());
		CaseDetails partnerOwn = fixture.as(fixture.directory.giulia(), () -> openForPartner(0));
		CaseDetails partnerShared = fixture.as(fixture.directory.giulia(), () -> openForPartner(1));
		CaseDetails partnerCollaborated = fixture.as(fixture.directory.giulia(), () -> openForPartner(2));
		fixture.asSystem(() -> fixture.cases.share(partnerShared.id(), true, partnerShared.version()));
		fixture.asSystem(() -> fixture.cases.addCollaborator(partnerCollaborated.id(), fixture.directory.ana().id()));
		return List.of(agency.get(0), agency.get(1), agency.get(2), partnerOwn, partnerShared, partnerCollaborated);
	}

	private CaseDetails openForPartner(int client) {
		return fixture.cases.createCase(new org.carebench.cases.NewCase(fixture.directory.clients().get(client).id(),
				fixture.directory.housing().id(), fixture.directory.partner().id(), null));
	}

	/** Runs {@code work} on a connection in the signed-in user's scope. */
	private <T> T inScope(Jdbc.Row<T> work, String sql) {
		return fixture.database.transactions().query(connection -> {
			try (ReportScope.Entered entered = scope.enter(connection)) {
				return Jdbc.list(connection, sql, work).get(0);
			}
		});
	}

	private Set<Long> reportedCaseIds() {
		return fixture.database.transactions().query(connection -> {
			try (ReportScope.Entered entered = scope.enter(connection)) {
				return new HashSet<>(Jdbc.list(connection, "SELECT case_id FROM reporting.cases", row -> row.getLong(1)));
			}
		});
	}

	private Set<Long> listedCaseIds() {
		long[] ids = fixture.cases.findCaseIds(CaseQuery.ALL);
		Set<Long> set = new HashSet<>();
		for (long id : ids) {
			set.add(id);
		}
		return set;
	}

	private long countedCases() {
		return inScope(row -> row.getLong(1), "SELECT COALESCE(SUM(cases), 0) FROM reporting.case_counts");
	}

	@Test
	void eachUserSeesInTheViewsWhatTheCaseListShowsHim() {
		List<CaseDetails> cases = openCasesOfBothOrganizations();
		Set<Long> ana = reportedCaseIds();
		assertEquals(listedCaseIds(), ana);
		assertEquals(Set.of(cases.get(0).id(), cases.get(1).id(), cases.get(2).id(), cases.get(4).id(),
				cases.get(5).id()), ana, "own organization's, shared and collaborated on; not the partner's own");
		assertEquals(5, countedCases());

		Set<Long> giulia = fixture.as(fixture.directory.giulia(), this::reportedCaseIds);
		assertEquals(fixture.as(fixture.directory.giulia(), this::listedCaseIds), giulia);
		assertEquals(Set.of(cases.get(3).id(), cases.get(4).id(), cases.get(5).id()), giulia);
		assertEquals(3, (long) fixture.as(fixture.directory.giulia(), this::countedCases));
		assertNotEquals(ana, giulia);
	}

	@Test
	void aConnectionOutsideAnyScopeSeesNoCases() {
		openCasesOfBothOrganizations();
		reportedCaseIds(); // a scope exists, just not entered below
		long rows = fixture.database.transactions().query(connection -> Jdbc
				.first(connection, "SELECT COUNT(*) FROM reporting.cases", row -> row.getLong(1)).orElseThrow());
		assertEquals(0, rows);
	}

	@Test
	void aUserLosingAProjectLosesItsCasesInTheViews() {
		openCasesOfBothOrganizations();
		assertEquals(5, reportedCaseIds().size());
		UserRef ana = fixture.directory.ana();
		fixture.asSystem(() -> {
			fixture.directory.memberships().removeMember(ana.id(), fixture.directory.housing().id());
			return null;
		});
		assertEquals(Set.of(), reportedCaseIds());
	}

	private Map<String, Long> countsFromCases() {
		return fixture.database.transactions().query(connection -> {
			Map<String, Long> counts = new TreeMap<>();
			for (Object[] row : Jdbc.list(connection, "SELECT status, COUNT(*), SUM(CASE WHEN assignee_id IS NULL"
					+ " AND team_id IS NULL THEN 0 ELSE 1 END) FROM care_case GROUP BY status",
					r -> new Object[] { r.getString(1), r.getLong(2), r.getLong(3) })) {
				counts.put(row[0] + " cases", (Long) row[1]);
				counts.put(row[0] + " assigned", (Long) row[2]);
			}
			counts.put("closings", Jdbc.first(connection, "SELECT COUNT(*) FROM care_case WHERE closed_at IS NOT NULL",
					r -> r.getLong(1)).orElseThrow());
			return counts;
		});
	}

	private Map<String, Long> countsFromTally() {
		return fixture.asSystem(() -> fixture.database.transactions().query(connection -> {
			try (ReportScope.Entered entered = scope.enter(connection)) {
				Map<String, Long> counts = new TreeMap<>();
				for (Object[] row : Jdbc.list(connection, "SELECT status_code, SUM(cases), SUM(CASE WHEN assigned"
						+ " THEN cases ELSE 0 END) FROM reporting.case_counts GROUP BY status_code",
						r -> new Object[] { r.getString(1), r.getLong(2), r.getLong(3) })) {
					counts.put(row[0] + " cases", (Long) row[1]);
					counts.put(row[0] + " assigned", (Long) row[2]);
				}
				counts.put("closings", Jdbc.first(connection,
						"SELECT COALESCE(SUM(cases), 0) FROM reporting.case_closings", r -> r.getLong(1)).orElseThrow());
				return counts;
			}
		}));
	}

	@Test
	void theCaseTallyFollowsEveryChangeAndSurvivesFolding() {
		List<CaseDetails> cases = openCasesOfBothOrganizations();
		CaseDetails second = fixture.cases.getCase(cases.get(1).id()).orElseThrow();
		second = fixture.cases.assign(second.id(), fixture.directory.ana().id(), second.version());
		fixture.cases.changeStatus(second.id(), "CLOSED", "GOALS_MET", second.version());
		CaseDetails third = fixture.cases.getCase(cases.get(2).id()).orElseThrow();
		CaseDetails toMarco = fixture.asSystem(() -> fixture.cases.assign(third.id(), fixture.directory.marco().id(),
				third.version()));
		fixture.asSystem(() -> fixture.cases.assign(toMarco.id(), null, toMarco.version()));
		assertEquals(countsFromCases(), countsFromTally());

		fixture.database.transactions().write(em -> {
			Connection connection = Jdbc.of(em);
			ReportScopeImpl.foldTallyChanges(connection, 0);
			return null;
		});
		long changeRows = fixture.database.transactions().query(connection -> Jdbc
				.first(connection, "SELECT COUNT(*) FROM case_tally_change", row -> row.getLong(1)).orElseThrow());
		assertEquals(0, changeRows);
		assertEquals(countsFromCases(), countsFromTally());

		CaseDetails reopened = fixture.cases.getCase(second.id()).orElseThrow();
		fixture.asSystem(() -> fixture.cases.changeStatus(reopened.id(), "IN_PROGRESS", null, reopened.version()));
		assertEquals(countsFromCases(), countsFromTally());
	}
}
