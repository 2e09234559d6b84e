package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseDetails;
import org.carebench.core.ChainReport;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk status change, assignment and flagging: every case checked, each failure reported with its reason. */
class BulkOperationsTest {

	private final Casework fixture = new Casework();

	@AfterEach
	void close() {
		fixture.close();
	}

	private long[] ids(CaseDetails... cases) {
		long[] ids = new long[cases.length];
		for (int i = 0; i < cases.length; i++) {
			ids[i] = cases[i].id();
		}
		return ids;
	}

	private static Map<Long, String> reasons(BulkReport report) {
		return report.failures().stream().collect(Collectors.toMap(BulkReport.Failure::caseId, BulkReport.Failure::reason));
	}

	@Test
	void aStatusChangeGoesOnPastTheCasesThatFailAndSaysWhy() {
		CaseDetails first = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails second = fixture.open(fixture.directory.clients().get(1), null);
		CaseDetails closed = fixture.open(fixture.directory.clients().get(2), null);
		fixture.cases.changeStatus(closed.id(), "CLOSED", "GOALS_MET", CaseDetailsVersion.of(fixture, closed));
		CaseDetails partners = fixture.as(fixture.directory.giulia(), () -> fixture.cases
				.createCase(new org.carebench.cases.NewCase(fixture.directory.anonymous().id(),
						fixture.directory.housing().id(), fixture.directory.partner().id(), null)));
		long missing = 999_999;

		BulkReport refused = fixture.bulk.changeStatus(ids(first, second), "PENDING", null, BulkProgress.NONE);
		assertEquals(0, refused.changed());
		assertTrue(refused.failures().get(0).reason().contains("change many cases at once"),
				"a caseworker may not change cases in bulk: " + refused.failures());

		BulkReport report = fixture.as(fixture.directory.marco(), () -> fixture.bulk.changeStatus(
				new long[] { first.id(), second.id(), closed.id(), partners.id(), missing }, "PENDING", null,
				BulkProgress.NONE));
		assertEquals(5, report.requested());
		assertEquals(2, report.changed());
		assertEquals(3, report.failures().size());
		Map<Long, String> reasons = reasons(report);
		assertTrue(reasons.get(closed.id()).contains("Closed") && reasons.get(closed.id()).contains("Pending"),
				"the workflow has no move from Closed to Pending: " + reasons.get(closed.id()));
		assertTrue(reasons.get(partners.id()).contains("does not exist"), "another organization's case is not seen");
		assertTrue(reasons.get(missing).contains("does not exist"));
		assertNull(report.failures().stream().filter(f -> f.caseId() == partners.id()).findFirst().orElseThrow()
				.caseCode(), "the report does not reveal the code of a case the user cannot see");
		assertEquals("PENDING", fixture.cases.getCase(first.id()).orElseThrow().status().code());
		assertEquals("CLOSED", fixture.cases.getCase(closed.id()).orElseThrow().status().code());

		BulkReport again = fixture.as(fixture.directory.marco(),
				() -> fixture.bulk.changeStatus(ids(first, second), "PENDING", null, BulkProgress.NONE));
		assertEquals(2, again.unchanged());
		assertEquals(0, again.changed());
	}

	@Test
	void closingInBulkNeedsAReasonAndIsLoggedInTheChain() {
		CaseDetails first = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails second = fixture.open(fixture.directory.clients().get(1), null);
		BulkReport noReason = fixture.as(fixture.directory.marco(),
				() -> fixture.bulk.changeStatus(ids(first, second), "CLOSED", null, BulkProgress.NONE));
		assertEquals(2, noReason.failures().size());
		assertTrue(noReason.failures().get(0).reason().contains("closing reason"), noReason.failures().toString());
		BulkReport closed = fixture.as(fixture.directory.marco(),
				() -> fixture.bulk.changeStatus(ids(first, second), "CLOSED", "WITHDREW", BulkProgress.NONE));
		assertEquals(2, closed.changed());
		CaseDetails after = fixture.cases.getCase(first.id()).orElseThrow();
		assertEquals("WITHDREW", after.closingReason().code());
		assertTrue(after.version() > first.version(), "an open editor of the case sees it changed");
		assertEquals("case.status", fixture.cases.activityLog(first.id()).get(1).action());
		ChainReport chain = fixture.asSystem(() -> fixture.log.verify());
		assertTrue(chain.breaks().isEmpty(), chain.toString());
	}

	@Test
	void assigningInBulkChecksThatTheAssigneeSeesEachCase() {
		CaseDetails mine = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails shared = fixture.open(fixture.directory.clients().get(1), null);
		fixture.as(fixture.directory.marco(), () -> fixture.cases.share(shared.id(), true, CaseDetailsVersion.of(fixture, shared)));
		BulkReport toGiulia = fixture.as(fixture.directory.marco(), () -> fixture.bulk.assign(ids(mine, shared),
				fixture.directory.giulia().id(), BulkProgress.NONE));
		assertEquals(1, toGiulia.changed());
		assertTrue(reasons(toGiulia).get(mine.id()).contains("Giulia Conti"), toGiulia.failures().toString());
		assertEquals("giulia", fixture.cases.getCase(shared.id()).orElseThrow().assignee().login());
		assertEquals(List.of(), fixture.cases.getCase(mine.id()).orElseThrow().collaborators());
	}

	@Test
	void flaggingInBulkLeavesFlaggedCasesAloneAndRefusesUnknownFlags() {
		CaseDetails first = fixture.open(fixture.directory.clients().get(0), null);
		CaseDetails second = fixture.open(fixture.directory.clients().get(1), null);
		fixture.annotations.addFlag(first.id(), "URGENT", "called twice");
		BulkReport report = fixture.as(fixture.directory.marco(),
				() -> fixture.bulk.addFlag(ids(first, second), "URGENT", "winter plan", BulkProgress.NONE));
		assertEquals(1, report.changed());
		assertEquals(1, report.unchanged());
		assertEquals(1, fixture.annotations.flags(second.id()).size());
		assertEquals("winter plan", fixture.annotations.flags(second.id()).get(0).comment());
		BulkReport unknown = fixture.as(fixture.directory.marco(),
				() -> fixture.bulk.addFlag(ids(first, second), "NO_SUCH_FLAG", null, BulkProgress.NONE));
		assertEquals(2, unknown.failures().size());
		assertTrue(unknown.failures().get(0).reason().contains("Urgent"), "the message lists the project's flags");
	}

	@Test
	void cancelingStopsBetweenBatchesAndKeepsWhatWasDone() {
		List<Long> opened = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			opened.add(fixture.open(fixture.directory.clients().get(i % 3), null).id());
		}
		long[] ids = opened.stream().mapToLong(Long::longValue).toArray();
		int[] reported = new int[2];
		BulkProgress cancelAfterFirstBatch = new BulkProgress() {
			@Override
			public boolean isCanceled() {
				return reported[0] > 0;
			}

			@Override
			public void worked(int done, int total) {
				reported[0] = done;
				reported[1] = total;
			}
		};
		BulkReport report = fixture.as(fixture.directory.marco(),
				() -> fixture.bulk.changeStatus(ids, "IN_PROGRESS", null, cancelAfterFirstBatch));
		assertTrue(report.canceled());
		assertEquals(500, report.changed());
		assertEquals(100, report.notHandled());
		assertEquals(600, reported[1]);
		assertEquals("IN_PROGRESS", fixture.cases.getCase(ids[0]).orElseThrow().status().code());
		assertEquals("NEW", fixture.cases.getCase(ids[599]).orElseThrow().status().code());
	}

	/** The version a case has now (after changes made since it was read). */
	private static final class CaseDetailsVersion {
		static long of(Casework fixture, CaseDetails details) {
			return fixture.asSystem(() -> fixture.cases.getCase(details.id()).orElseThrow().version());
		}
	}
}
