package org.carebench.cases.tests;

import java.time.Duration;
import java.time.Instant;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseService;
import org.carebench.cases.NewCase;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.core.ClientRef;
import org.carebench.core.UserRef;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.core.internal.SessionImpl;
import org.carebench.testing.Directory;
import org.carebench.testing.MutableClock;
import org.carebench.testing.TemporaryDatabase;

/** A case service over a fresh database with the test agency, a clock moved by hand and Ana signed in. */
final class CaseFixture implements AutoCloseable {

	final TemporaryDatabase database = TemporaryDatabase.create();
	final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
	final SessionImpl session = new SessionImpl();
	final Directory directory = Directory.create(database.transactions());
	final CaseService cases = new CaseServiceImpl(database.transactions(), session,
			new ActivityLogImpl(database.transactions(), clock), clock);

	CaseFixture() {
		session.signIn(directory.ana());
	}

	CaseDetails open(ClientRef client, UserRef assignee) {
		clock.advance(Duration.ofMinutes(1));
		return cases.createCase(new NewCase(client.id(), directory.housing().id(), directory.agency().id(),
				assignee == null ? null : assignee.id()));
	}

	@Override
	public void close() {
		database.close();
	}
}
