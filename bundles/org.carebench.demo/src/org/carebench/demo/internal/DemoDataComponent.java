package org.carebench.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseLinkService;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.NoteService;
import org.carebench.cases.ParticipantService;
import org.carebench.cases.ReportScope;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.ServiceContext;
import org.carebench.core.model.Jdbc;
import org.carebench.core.TeamService;
import org.carebench.planning.PlanService;
import org.carebench.demo.DemoData;
import org.carebench.planning.PlanSetupService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Loads the demo world and its cases (see {@link DemoData}). */
@Component(service = DemoData.class)
public class DemoDataComponent implements DemoData {

	/** The demo caseworker (a supervisor) the run command signs in as. */
	public static final String DEMO_USER = DemoWorld.FIRST_USER;
	/** The password of every demo user. */
	public static final String DEMO_PASSWORD = DemoWorld.PASSWORD;
	private static final long SEED = 20_261_123L;

	/** Cases opened through the services, with a case type, per 50 loaded ones (at most {@link #TYPED_MAX}). */
	private static final int TYPED_EVERY = 50;
	private static final int TYPED_MAX = 12;

	private final DemoServices services;
	private final ServiceContext context;

	@Activate
	public DemoDataComponent(@Reference ServiceContext context, @Reference DirectoryService directory,
			@Reference MembershipService memberships, @Reference TeamService teams,
			@Reference AuthenticationService authentication, @Reference CaseService cases,
			@Reference NoteService notes, @Reference CaseAnnotationService annotations,
			@Reference CaseLinkService links, @Reference ParticipantService participants,
			@Reference CaseSetupService setup, @Reference PlanService plans, @Reference PlanSetupService planSetup,
			@Reference ReportScope reportScope) {
		this(new DemoServices(context, directory, memberships, teams, authentication, new DemoServices.Casework(cases,
				notes, annotations, links, participants, setup, plans, planSetup, reportScope)));
	}

	public DemoDataComponent(DemoServices services) {
		this.services = services;
		this.context = services.context();
	}

	@Override
	public boolean isEmpty() {
		return context.query(connection -> {
			try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM care_case FETCH FIRST 1 ROWS ONLY"); //$NON-NLS-1$
					ResultSet result = any.executeQuery()) {
				return !result.next();
			}
		});
	}

	@Override
	public boolean isNew() {
		return isEmpty() && context.query(connection -> Jdbc.first(connection,
				"SELECT 1 FROM app_user FETCH FIRST 1 ROWS ONLY", row -> row.getInt(1)).isEmpty()); //$NON-NLS-1$
	}

	@Override
	public Summary loadIfEmpty(long cases, boolean withNotes, Progress progress) {
		if (!isNew()) {
			return new Summary(0, 0, 0, true);
		}
		DemoWorld world = context.session().runAsSystem(Messages.Demo_actor, () -> DemoWorld.ensure(services));
		long users = world.agencies().stream().mapToLong(a -> a.staff().size()).sum();
		CaseLoader loader = new CaseLoader(world, context.now(), withNotes, SEED);
		// the casework of a demo to try (with notes), not of a benchmark database
		DemoServices.Casework casework = withNotes ? services.casework() : null;
		int typed = casework != null ? (int) Math.min(TYPED_MAX, cases / TYPED_EVERY) : 0;
		long loaded = 0;
		long clients = 0;
		try {
			while (loaded < cases - typed && !progress.isCanceled()) {
				int chunk = (int) Math.min(CaseLoader.CHUNK, cases - typed - loaded);
				clients += context.write(em -> sql(em.unwrap(Connection.class), c -> loader.loadChunk(c, chunk)));
				loaded += chunk;
				progress.loaded(loaded, cases);
			}
			if (casework != null && !progress.isCanceled()) {
				List<CaseDetails> opened = new DemoCasework(services, SEED).add(world, typed);
				clients += new DemoPlans(services, SEED).add(world, opened);
				loaded += opened.size();
				clients += opened.size();
				progress.loaded(loaded, cases);
			}
		} finally {
			if (services.casework() != null && loaded > 0) {
				// counted now rather than by the first report, which would wait for it
				services.casework().reportScope().foldCounts();
			}
			if (loaded > 0) {
				context.post(CaseEvents.MANY_CHANGED, Map.of());
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
