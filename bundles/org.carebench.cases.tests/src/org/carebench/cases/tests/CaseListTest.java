package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseCursor;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CasePage;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseSummary;
import org.carebench.core.ClientRef;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The case list: filters, every sort order in both directions, and keyset paging that returns exactly the rows of
 * the full ordered list. Expected orders are computed here in Java from the rows themselves.
 */
@TestInstance(Lifecycle.PER_CLASS)
class CaseListTest {

	private static final int CASES = 41;

	private Casework fixture;
	private List<CaseSummary> all;
	private Map<String, Integer> statusPosition;

	@BeforeAll
	void createCases() {
		fixture = new Casework();
		List<String> statuses = List.of("NEW", "IN_PROGRESS", "PENDING", "CLOSED");
		List<ClientRef> clients = new ArrayList<>(fixture.directory.clients());
		clients.add(fixture.directory.anonymous());
		List<UserRef> assignees = new ArrayList<>();
		assignees.add(fixture.directory.ana());
		assignees.add(fixture.directory.marco());
		assignees.add(null);
		long[] ids = new long[CASES];
		fixture.asSystem(() -> {
			for (int i = 0; i < CASES; i++) {
				CaseDetails opened = fixture.open(clients.get(i % clients.size()),
						assignees.get(i % assignees.size()));
				ids[i] = opened.id();
				String status = statuses.get(i % statuses.size());
				if (i % 4 != 0) {
					fixture.cases.changeStatus(opened.id(), status, status.equals("CLOSED") ? "GOALS_MET" : null,
							opened.version());
				}
			}
			// several cases share one last-activity instant: the id must break the tie
			fixture.clock.advance(Duration.ofDays(1));
			for (int i = 0; i < CASES; i += 5) {
				fixture.notes.addNote(ids[i], "Seguimiento " + i);
			}
			return null;
		});
		all = fixture.cases.getSummaries(fixture.cases.findCaseIds(CaseQuery.ALL));
		statusPosition = fixture.cases.statuses().stream()
				.collect(Collectors.toMap(s -> s.code(), s -> s.position()));
	}

	@AfterAll
	void close() {
		fixture.close();
	}

	@Test
	void everyFilterAndOrderPagesThroughExactlyTheExpectedRows() {
		long ana = fixture.directory.ana().id();
		Map<CaseQuery, Predicate<CaseSummary>> filters = Map.of(
				CaseQuery.ALL, row -> true,
				CaseQuery.ALL.withStatus("IN_PROGRESS"), row -> row.statusCode().equals("IN_PROGRESS"),
				CaseQuery.ALL.withAssignee(AssigneeFilter.user(ana)), row -> Long.valueOf(ana).equals(row.assigneeId()),
				CaseQuery.ALL.withAssignee(AssigneeFilter.UNASSIGNED), row -> row.assigneeId() == null,
				CaseQuery.ALL.withStatus("PENDING").withAssignee(AssigneeFilter.user(ana)),
				row -> row.statusCode().equals("PENDING") && Long.valueOf(ana).equals(row.assigneeId()),
				CaseQuery.ALL.withProject(fixture.directory.housing().id()), row -> true,
				CaseQuery.ALL.withProject(-1L), row -> false);
		for (Map.Entry<CaseQuery, Predicate<CaseSummary>> filter : filters.entrySet()) {
			for (CaseSort sort : CaseSort.values()) {
				for (boolean ascending : new boolean[] { true, false }) {
					CaseQuery query = filter.getKey().sortedBy(sort, ascending);
					List<Long> expected = all.stream().filter(filter.getValue()).sorted(order(sort, ascending))
							.map(CaseSummary::id).toList();
					assertEquals(expected, ids(fixture.cases.findCaseIds(query)), query.toString());
					assertEquals(expected, pageThrough(query, 7), query.toString());
				}
			}
		}
	}

	@Test
	void summariesComeInTheOrderAskedAndSkipUnknownIds() {
		long first = all.get(0).id();
		long last = all.get(all.size() - 1).id();
		List<CaseSummary> rows = fixture.cases.getSummaries(new long[] { last, 987654321L, first });
		assertEquals(List.of(last, first), rows.stream().map(CaseSummary::id).toList());
	}

	@Test
	void aPageHasAReasonableSize() {
		assertThrows(ValidationException.class, () -> fixture.cases.findCases(CaseQuery.ALL, Optional.empty(), 0));
		assertThrows(ValidationException.class,
				() -> fixture.cases.findCases(CaseQuery.ALL, Optional.empty(), 100_000));
		CasePage everything = fixture.cases.findCases(CaseQuery.ALL, Optional.empty(), CASES);
		assertEquals(CASES, everything.rows().size());
		assertFalse(everything.next().isPresent());
	}

	@Test
	void theListShowsNamesAndAssignees() {
		CaseSummary row = all.stream().filter(r -> r.assigneeId() != null
				&& r.assigneeId() == fixture.directory.marco().id()).findFirst().orElseThrow();
		assertEquals("Marco Rossi", row.assigneeName());
		assertArrayEquals(new long[] { row.id() },
				fixture.cases.getSummaries(new long[] { row.id() }).stream().mapToLong(CaseSummary::id).toArray());
	}

	private List<Long> pageThrough(CaseQuery query, int pageSize) {
		List<Long> ids = new ArrayList<>();
		Optional<CaseCursor> cursor = Optional.empty();
		do {
			CasePage page = fixture.cases.findCases(query, cursor, pageSize);
			page.rows().forEach(row -> ids.add(row.id()));
			cursor = page.next();
		} while (cursor.isPresent());
		return ids;
	}

	private Comparator<CaseSummary> order(CaseSort sort, boolean ascending) {
		Comparator<CaseSummary> key = switch (sort) {
			case LAST_ACTIVITY -> Comparator.comparing(CaseSummary::lastActivityAt);
			case OPENED -> Comparator.comparing(CaseSummary::openedAt);
			case CODE -> Comparator.comparing(CaseSummary::code);
			case CLIENT -> Comparator.comparing(row -> row.clientName() == null ? "" : searchKey(row.clientName()));
			case STATUS -> Comparator.comparing(row -> statusPosition.get(row.statusCode()));
		};
		Comparator<CaseSummary> total = key.thenComparing(CaseSummary::id);
		return ascending ? total : total.reversed();
	}

	/** "José Núñez" sorts as "nunez jose", as the service folds names. */
	private static String searchKey(String fullName) {
		String[] parts = fullName.split(" ", 2);
		return org.carebench.core.model.SearchText.nameKey(parts[0], parts[1]);
	}

	private static List<Long> ids(long[] ids) {
		List<Long> list = new ArrayList<>(ids.length);
		for (long id : ids) {
			list.add(id);
		}
		return list;
	}
}
