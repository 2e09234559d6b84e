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

	public final TemporaryDatabase database;
	public final MutableClock clock;
	public final Directory directory;
	public final Session session;
	public final ServiceContext context;
	public final ActivityLog log;
	public final CloseRules closeRules;
	public final CaseServiceImpl cases;
	public final NoteServiceImpl notes;
	public final CaseAnnotationServiceImpl annotations;
	public final CaseLinkServiceImpl links;
	public final ParticipantServiceImpl participants;
	public final CaseSetupServiceImpl setup;
	public final BulkCaseServiceImpl bulk;
	public final CaseSearchServiceImpl search;
	public final TimelineServiceImpl timeline;
	public final CaseImportServiceImpl imports;
	public final CaseAccessImpl caseAccess;

	/** Over a fresh embedded database. */
	public Casework() {
		this(TemporaryDatabase.create());
	}

	/** Over {@code database} (a fresh one, embedded or on a secured server). */
	public Casework(TemporaryDatabase database) {
		this.database = database;
		clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z")); //$NON-NLS-1$
		directory = Directory.create(database.transactions());
		session = directory.session();
		context = directory.context(clock);
		log = context.activityLog();
		closeRules = new CloseRules();
		cases = new CaseServiceImpl(context, closeRules);
		notes = new NoteServiceImpl(context);
		annotations = new CaseAnnotationServiceImpl(context);
		links = new CaseLinkServiceImpl(context);
		participants = new ParticipantServiceImpl(context);
		setup = new CaseSetupServiceImpl(context, closeRules);
		bulk = new BulkCaseServiceImpl(context, closeRules);
		search = new CaseSearchServiceImpl(context);
		timeline = new TimelineServiceImpl(context);
		imports = new CaseImportServiceImpl(context);
		caseAccess = new CaseAccessImpl(context);
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
