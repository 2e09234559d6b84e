package org.carebench.planning.tests;

import java.time.Instant;
import java.util.function.Supplier;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.NewCase;
import org.carebench.cases.internal.CaseAccessImpl;
import org.carebench.cases.internal.CaseAnnotationServiceImpl;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.core.ClientRef;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.planning.internal.BasicItemType;
import org.carebench.planning.internal.CustomBasicItemType;
import org.carebench.planning.internal.PlanServiceImpl;
import org.carebench.planning.internal.ServiceUnitItemType;
import org.carebench.testing.Directory;
import org.carebench.testing.MutableClock;
import org.carebench.testing.TemporaryDatabase;

/**
 * The plan service over a fresh database with the test agency (see {@link Directory}), the three built-in item
 * types, a clock moved by hand and Ana (caseworker of Casa Abierta) signed in.
 */
final class PlanFixture implements AutoCloseable {

	final TemporaryDatabase database = TemporaryDatabase.create();
	final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
	final Directory directory = Directory.create(database.transactions());
	final Session session = directory.session();
	final ActivityLogImpl log = new ActivityLogImpl(database.transactions(), directory.access(), clock);
	final CaseServiceImpl cases = new CaseServiceImpl(database.transactions(), session, directory.access(), log,
			clock);
	final CaseAnnotationServiceImpl annotations = new CaseAnnotationServiceImpl(database.transactions(), session,
			directory.access(), log, clock);
	final PlanServiceImpl plans = new PlanServiceImpl(database.transactions(), session, directory.access(),
			new CaseAccessImpl(directory.access()), log, clock);

	PlanFixture() {
		plans.addType(new BasicItemType());
		plans.addType(new CustomBasicItemType());
		plans.addType(new ServiceUnitItemType());
		session.signIn(directory.ana());
	}

	/** Opens a case of Casa Abierta in the housing project for {@code client}, assigned to Ana. */
	CaseDetails open(ClientRef client) {
		return cases.createCase(new NewCase(client.id(), directory.housing().id(), directory.agency().id(),
				directory.ana().id()));
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
