package org.carebench.cases.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.NewCase;
import org.carebench.cases.internal.BulkCaseServiceImpl;
import org.carebench.cases.internal.CaseAnnotationServiceImpl;
import org.carebench.cases.internal.CaseImportServiceImpl;
import org.carebench.cases.internal.CaseSearchServiceImpl;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.cases.internal.TimelineServiceImpl;
import org.carebench.core.ClientRef;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.testing.Directory;
import org.carebench.testing.MutableClock;
import org.carebench.testing.TemporaryDatabase;

/**
 * A case service over a fresh database with the test agency (see {@link Directory}), a clock moved by hand and
 * Ana (caseworker) signed in.
 */
final class CaseFixture implements AutoCloseable {

	final TemporaryDatabase database = TemporaryDatabase.create();
	final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
	final Directory directory = Directory.create(database.transactions());
	final Session session = directory.session();
	final ActivityLogImpl log = new ActivityLogImpl(database.transactions(), directory.access(), clock);
	final CaseServiceImpl cases = new CaseServiceImpl(database.transactions(), session, directory.access(), log,
			clock);

	final CaseAnnotationServiceImpl annotations = new CaseAnnotationServiceImpl(database.transactions(), session,
			directory.access(), log, clock);
	final BulkCaseServiceImpl bulk = new BulkCaseServiceImpl(database.transactions(), session, directory.access(),
			log, clock);
	final CaseSearchServiceImpl search = new CaseSearchServiceImpl(database.transactions(), directory.access());
	final TimelineServiceImpl timeline = new TimelineServiceImpl(database.transactions(), session, directory.access(),
			log, clock);
	final CaseImportServiceImpl imports = new CaseImportServiceImpl(database.transactions(), session,
			directory.access(), log, clock);

	CaseFixture() {
		session.signIn(directory.ana());
	}

	/** Opens a case of Casa Abierta in the housing project, a minute after the last one. */
	CaseDetails open(ClientRef client, UserRef assignee) {
		clock.advance(Duration.ofMinutes(1));
		return cases.createCase(new NewCase(client.id(), directory.housing().id(), directory.agency().id(),
				assignee == null ? null : assignee.id()));
	}

	<T> T as(UserRef user, Supplier<T> work) {
		return session.runAs(user, work);
	}

	<T> T asSystem(Supplier<T> work) {
		return session.runAsSystem("Test", work);
	}

	@Override
	public void close() {
		database.close();
	}
}
