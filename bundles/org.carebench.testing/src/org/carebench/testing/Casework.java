package org.carebench.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.NewCase;
import org.carebench.cases.internal.ActivitiesDoneRule;
import org.carebench.cases.internal.BulkCaseServiceImpl;
import org.carebench.cases.internal.CaseAccessImpl;
import org.carebench.cases.internal.CaseAnnotationServiceImpl;
import org.carebench.cases.internal.CaseImportServiceImpl;
import org.carebench.cases.internal.CaseLinkServiceImpl;
import org.carebench.cases.internal.CaseSearchServiceImpl;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.cases.internal.CaseSetupServiceImpl;
import org.carebench.cases.internal.ClosingNoteRule;
import org.carebench.cases.internal.CloseRules;
import org.carebench.cases.internal.NoteServiceImpl;
import org.carebench.cases.internal.ParticipantServiceImpl;
import org.carebench.cases.internal.TimelineServiceImpl;
import org.carebench.core.ActivityLog;
import org.carebench.core.ClientRef;
import org.carebench.core.ServiceContext;
import org.carebench.core.Session;
import org.carebench.core.UserRef;

/**
 * Every case service over a fresh database with the test agency (see {@link Directory}), as the running product
 * wires them, with a clock moved by hand and Ana (caseworker of Casa Abierta) signed in. The fixture of the
 * tests of cases and of the areas built on them.
 */
public class Casework implements AutoCloseable {

	public final TemporaryDatabase database = TemporaryDatabase.create();
	public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z")); //$NON-NLS-1$
	public final Directory directory = Directory.create(database.transactions());
	public final Session session = directory.session();
	public final ServiceContext context = directory.context(clock);
	public final ActivityLog log = context.activityLog();
	public final CloseRules closeRules = new CloseRules();
	public final CaseServiceImpl cases = new CaseServiceImpl(context, closeRules);
	public final NoteServiceImpl notes = new NoteServiceImpl(context);
	public final CaseAnnotationServiceImpl annotations = new CaseAnnotationServiceImpl(context);
	public final CaseLinkServiceImpl links = new CaseLinkServiceImpl(context);
	public final ParticipantServiceImpl participants = new ParticipantServiceImpl(context);
	public final CaseSetupServiceImpl setup = new CaseSetupServiceImpl(context, closeRules);
	public final BulkCaseServiceImpl bulk = new BulkCaseServiceImpl(context, closeRules);
	public final CaseSearchServiceImpl search = new CaseSearchServiceImpl(context);
	public final TimelineServiceImpl timeline = new TimelineServiceImpl(context);
	public final CaseImportServiceImpl imports = new CaseImportServiceImpl(context);
	public final CaseAccessImpl caseAccess = new CaseAccessImpl(context);

	public Casework() {
		closeRules.addRule(new ClosingNoteRule());
		closeRules.addRule(new ActivitiesDoneRule(timeline, session));
		session.signIn(directory.ana());
	}

	/** Opens a case of Casa Abierta in the housing project, a minute after the last one. */
	public CaseDetails open(ClientRef client, UserRef assignee) {
		clock.advance(Duration.ofMinutes(1));
		return cases.createCase(new NewCase(client.id(), directory.housing().id(), directory.agency().id(),
				assignee == null ? null : assignee.id()));
	}

	public <T> T as(UserRef user, Supplier<T> work) {
		return session.runAs(user, work);
	}

	public <T> T asSystem(Supplier<T> work) {
		return session.runAsSystem("Test", work); //$NON-NLS-1$
	}

	@Override
	public void close() {
		database.close();
	}
}
