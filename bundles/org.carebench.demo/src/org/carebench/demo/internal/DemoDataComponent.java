package org.carebench.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseService;
import org.carebench.cases.ReportScope;
import org.carebench.cases.TimelineService;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.planning.PlanService;
import org.carebench.demo.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Loads the demo world and its cases (see {@link DemoData}). */
@Component(service = DemoData.class)
public class DemoDataComponent implements DemoData {

	/** The demo caseworker (a supervisor) the run command signs in as. */
	public static final String DEMO_USER = DemoWorld.FIRST_USER;
	/** The password of every demo user. */
	public static final String DEMO_PASSWORD = DemoWorld.PASSWORD;
	private static final long SEED = 20_261_123L;

	private final Transactions transactions;
	private final DirectoryService directory;
	private final AuthenticationService authentication;
	private final Session session;
	private final Clock clock;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile CaseService cases;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile TimelineService timeline;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile CaseAnnotationService annotations;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile PlanService plans;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile ReportScope reportScope;
	/** Cases opened through the services, with a case type, per 50 loaded ones (at most {@link #TYPED_MAX}). */
	private static final int TYPED_EVERY = 50;
	private static final int TYPED_MAX = 12;

	@Activate
	public DemoDataComponent(@Reference Transactions transactions, @Reference DirectoryService directory,
			@Reference AuthenticationService authentication, @Reference Session session) {
		this(transactions, directory, authentication, session, Clock.systemUTC());
	}

	public DemoDataComponent(Transactions transactions, DirectoryService directory,
			AuthenticationService authentication, Session session, Clock clock) {
		this.transactions = transactions;
		this.directory = directory;
		this.authentication = authentication;
		this.session = session;
		this.clock = clock;
	}

	@Override
	public boolean isEmpty() {
		return transactions.query(connection -> {
			try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM care_case FETCH FIRST 1 ROWS ONLY"); //$NON-NLS-1$
					ResultSet result = any.executeQuery()) {
				return !result.next();
			}
		});
	}

	@Override
	public Summary loadIfEmpty(long cases, boolean withNotes, Progress progress) {
		if (!isEmpty()) {
			return new Summary(0, 0, 0, true);
		}
		DemoWorld world = session.runAsSystem(Messages.Demo_actor, () -> DemoWorld.ensure(directory, authentication));
		long users = world.agencies().stream().mapToLong(a -> a.staff().size()).sum();
		CaseLoader loader = new CaseLoader(world, clock.instant(), withNotes, SEED);
		CaseService caseService = this.cases;
		TimelineService timelineService = timeline;
		CaseAnnotationService annotationService = annotations;
		// the casework of a demo to try (with notes), not of a benchmark database
		boolean casework = withNotes && caseService != null && timelineService != null && annotationService != null;
		int typed = casework ? (int) Math.min(TYPED_MAX, cases / TYPED_EVERY) : 0;
		long loaded = 0;
		long clients = 0;
		try {
			while (loaded < cases - typed && !progress.isCanceled()) {
				int chunk = (int) Math.min(CaseLoader.CHUNK, cases - typed - loaded);
				clients += transactions.write(em -> sql(em.unwrap(Connection.class), c -> loader.loadChunk(c, chunk)));
				loaded += chunk;
				progress.loaded(loaded, cases);
			}
			if (casework && !progress.isCanceled()) {
				List<CaseDetails> opened = new DemoCasework(directory, caseService, timelineService, annotationService,
						session, SEED).add(world, typed);
				PlanService planService = plans;
				if (planService != null) {
					clients += new DemoPlans(directory, planService, annotationService, session, SEED).add(world, opened);
				}
				loaded += opened.size();
				clients += opened.size();
				progress.loaded(loaded, cases);
			}
		} finally {
			ReportScope scope = reportScope;
			if (scope != null && loaded > 0) {
				// counted now rather than by the first report, which would wait for it
				scope.foldCounts();
			}
			EventAdmin events = eventAdmin;
			if (events != null && loaded > 0) {
				events.postEvent(new Event(CaseEvents.MANY_CHANGED, Map.of()));
			}
		}
		return new Summary(loaded, clients, users, false);
	}

	@FunctionalInterface
	private interface SqlWork<T> {
		T run(Connection connection) throws SQLException;
	}

	private static <T> T sql(Connection connection, SqlWork<T> work) {
		try {
			return work.run(connection);
		} catch (SQLException e) {
			throw new IllegalStateException("Loading demo data failed", e); //$NON-NLS-1$
		}
	}
}
