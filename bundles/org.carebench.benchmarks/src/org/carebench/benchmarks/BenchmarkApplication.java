package org.carebench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.SplittableRandom;

import java.util.ArrayList;
import java.util.List;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.CaseCursor;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSummary;
import org.carebench.core.AccessPolicy;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.UserAccess;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.model.UtcInstantConverter;
import org.carebench.demo.DemoData;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * {@code releng/carebench benchmark}: loads demo cases into a fresh embedded database, measures the case list through
 * the service and the same queries in hand-written JDBC on the same database, and writes docs/benchmarks.md. A
 * freshly loaded database is what a new machine has: figures measured on one reused across runs (whose pages the
 * earlier runs warmed, whose imports grew it) do not hold there.
 *
 * Arguments: {@code -cases N} (default 1,000,000), {@code -workdir DIR}, {@code -output FILE}, {@code -runs N},
 * {@code -reuse} (keep the database of an earlier run of the same size: quicker, for trying a change).
 */
public class BenchmarkApplication implements IApplication {

	private static final int PAGE = 100;
	static final String STATUS = "IN_PROGRESS"; //$NON-NLS-1$
	private static final String ASSIGNEE = "ana"; //$NON-NLS-1$
	/** How the kept database was loaded, for runs that reuse it. */
	private static final String LOAD_RECORD = "loading.txt"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		long cases = Long.parseLong(argument(args, "-cases", "1000000")); //$NON-NLS-1$ //$NON-NLS-2$
		Path workdir = Paths.get(argument(args, "-workdir", "target/benchmark")).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
		Path output = Paths.get(argument(args, "-output", "docs/benchmarks.md")).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
		int runs = Integer.parseInt(argument(args, "-runs", "200")); //$NON-NLS-1$ //$NON-NLS-2$
		boolean reuse = java.util.Arrays.asList(args == null ? new String[0] : args).contains("-reuse"); //$NON-NLS-1$
		Path location = workdir.resolve("database"); //$NON-NLS-1$
		if (Files.exists(location) && !Files.exists(workdir.resolve(LOAD_RECORD))) {
			// only a database this application loaded is ever deleted
			System.err.println(location + " is not a benchmark database of an earlier run: choose another -workdir"); //$NON-NLS-1$
			return Integer.valueOf(2);
		}

		BenchmarkReport report = new BenchmarkReport(cases);
		Database database = service(Database.class);
		database.open(DatabaseSettings.embedded(location, true));
		Transactions transactions = service(Transactions.class);
		long found = count(transactions);
		// imports of earlier runs add cases: a reused database is taken only while they do not weigh on the figures
		if (!reuse || found < cases || found > cases * 3 / 2 || !Files.exists(workdir.resolve(LOAD_RECORD))) {
			database.close();
			// marks the folder as this application's before anything is loaded into it, interrupted or not
			Files.createDirectories(workdir);
			Files.writeString(workdir.resolve(LOAD_RECORD), "loading"); //$NON-NLS-1$
			deleteTree(location);
			database.open(DatabaseSettings.embedded(location, true));
			long start = System.nanoTime();
			DemoData.Summary loaded = service(DemoData.class).loadIfEmpty(cases, false, (done, total) -> {
				if (done % 100_000 == 0 || done == total) {
					System.out.printf("loaded %,d of %,d cases%n", done, total); //$NON-NLS-1$
				}
			});
			report.loaded(loaded.cases(), loaded.clients(), (System.nanoTime() - start) / 1e9);
			Files.writeString(workdir.resolve(LOAD_RECORD), report.loading());
		} else if (Files.exists(workdir.resolve(LOAD_RECORD))) {
			report.loadedEarlier(Files.readString(workdir.resolve(LOAD_RECORD)));
		}
		report.measuredOn(count(transactions));
		measure(report, transactions, location, runs);
		database.close();
		Files.createDirectories(output.getParent());
		Files.writeString(output, report.markdown());
		System.out.println(report.markdown());
		System.out.println("Written to " + output); //$NON-NLS-1$
		return IApplication.EXIT_OK;
	}

	private static void measure(BenchmarkReport report, Transactions transactions, Path location, int runs)
			throws Exception {
		CaseService cases = service(CaseService.class);
		UserRef ana = signIn();
		UserAccess access = service(AccessPolicy.class).current();
		CaseQuery filtered = CaseQuery.ALL.withStatus(STATUS).withAssignee(AssigneeFilter.user(ana.id()));
		long[] ids = cases.findCaseIds(CaseQuery.ALL);
		try (HandWrittenJdbc jdbc = new HandWrittenJdbc(location, visibility(access))) {
			report.add("Case list, first page (100 rows; status and assignee filter; last activity first)", //$NON-NLS-1$
					Stopwatch.compare(runs / 4, runs, () -> cases.findCases(filtered, Optional.empty(), PAGE),
							() -> jdbc.firstPage(STATUS, ana.id())),
					"\u2264 5 ms and \u2264 1.5\u00d7 JDBC", 5.0, 1.5); //$NON-NLS-1$
			for (int position : new int[] { 10_000, ids.length / 2 }) {
				if (position >= ids.length) {
					continue;
				}
				CaseSummary before = cases.getSummaries(new long[] { ids[position - 1] }).get(0);
				CaseCursor cursor = new CaseCursor(UtcInstantConverter.toTimestamp(before.lastActivityAt()),
						before.id());
				String title = String.format("Case list, page after row %,d (keyset)", position); //$NON-NLS-1$
				report.add(title,
						Stopwatch.compare(runs / 4, runs,
								() -> cases.findCases(CaseQuery.ALL, Optional.of(cursor), PAGE),
								() -> jdbc.pageAfter((java.sql.Timestamp) cursor.sortKey(), cursor.id())),
						"\u2264 5 ms, no stall", 5.0, Double.NaN); //$NON-NLS-1$
				report.addReference(String.format("the same page by OFFSET %,d (hand-written; what keyset paging avoids)", //$NON-NLS-1$
						position), Stopwatch.measure(2, 10, () -> jdbc.pageAtOffset(position)));
			}
			SplittableRandom random = new SplittableRandom(7);
			report.add("Rows of 100 cases anywhere in the list (scrolling the virtual table)", //$NON-NLS-1$
					Stopwatch.compare(runs / 4, runs, () -> cases.getSummaries(slice(ids, random)),
							() -> jdbc.rowsOf(slice(ids, random))),
					"\u2264 5 ms", 5.0, Double.NaN); //$NON-NLS-1$
			report.add(String.format("All %,d case ids in list order (opening the list)", ids.length), //$NON-NLS-1$
					Stopwatch.compare(1, 5, () -> cases.findCaseIds(CaseQuery.ALL), jdbc::allIds), "in the background", //$NON-NLS-1$
					Double.NaN, Double.NaN);
		}
		measureQuickSearch(report, runs, ids, location);
		WorkBenchmarks.measureReports(report);
		WorkBenchmarks.measureWrites(report, location, ana, access);
		report.environment(System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Runtime.getRuntime().availableProcessors(), derbyVersion(transactions),
				DatabaseSecrets.isEncrypted(location));
	}

	/**
	 * Signs the demo supervisor in; a benchmark database loaded before users had passwords gets hers set first
	 * (it is the benchmark's own database).
	 */
	private static UserRef signIn() {
		AuthenticationService authentication = service(AuthenticationService.class);
		try {
			return authentication.signIn(ASSIGNEE, DemoData.PASSWORD.toCharArray());
		} catch (org.carebench.core.CarebenchException refused) {
			org.carebench.core.Session session = service(org.carebench.core.Session.class);
			session.runAsSystem("Benchmark", () -> { //$NON-NLS-1$
				UserRef user = service(DirectoryService.class).findUser(ASSIGNEE).orElseThrow();
				authentication.setPassword(user.id(), DemoData.PASSWORD.toCharArray());
				return user;
			});
			return authentication.signIn(ASSIGNEE, DemoData.PASSWORD.toCharArray());
		}
	}

	/** Quick search by the start of a client's last name and of a case code, through the service and by hand. */
	private static void measureQuickSearch(BenchmarkReport report, int runs, long[] ids, Path location)
			throws Exception {
		CaseService cases = service(CaseService.class);
		CaseSearchService search = service(CaseSearchService.class);
		SplittableRandom random = new SplittableRandom(11);
		List<String> names = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (CaseSummary row : cases.getSummaries(java.util.Arrays.copyOfRange(ids, 0, Math.min(ids.length, 400)))) {
			if (!row.isAnonymous() && names.size() < 20) {
				String last = row.clientName().substring(row.clientName().lastIndexOf(' ') + 1);
				names.add(org.carebench.core.model.SearchText.fold(last.substring(0, Math.min(4, last.length()))));
			}
			if (codes.size() < 20) {
				codes.add(row.code().substring(0, row.code().length() - 2)); // about 100 cases each
			}
		}
		try (HandWrittenJdbc jdbc = new HandWrittenJdbc(location, visibility(service(AccessPolicy.class).current()))) {
			report.add("Quick search by client-name prefix (4 letters; first 20 cases)", //$NON-NLS-1$
					Stopwatch.compare(runs / 4, runs, () -> search.quickSearch(pick(names, random), QUICK),
							() -> jdbc.byNamePrefix(pick(names, random), QUICK)),
					"\u2264 5 ms", 5.0, Double.NaN); //$NON-NLS-1$
			report.add("Quick search by case-code prefix (first 20 cases)", //$NON-NLS-1$
					Stopwatch.compare(runs / 4, runs, () -> search.quickSearch(pick(codes, random), QUICK),
							() -> jdbc.byCodePrefix(pick(codes, random), QUICK)),
					"\u2264 5 ms", 5.0, Double.NaN); //$NON-NLS-1$
		}
	}

	private static final int QUICK = 20;

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	/** What {@code access} sees, as the service's SQL says it, with the values written in. */
	private static String visibility(UserAccess access) {
		String projects = access.visibleProjects().stream().sorted().map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(",")); //$NON-NLS-1$
		long user = access.user().id();
		return "c.project_id IN (" + projects + ") AND (c.organization_id = " + access.user().organizationId() //$NON-NLS-1$ //$NON-NLS-2$
				+ " OR c.shared = TRUE OR EXISTS (SELECT 1 FROM case_collaborator cc WHERE cc.case_id = c.id" //$NON-NLS-1$
				+ " AND cc.user_id = " + user + "))"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static long[] slice(long[] ids, SplittableRandom random) {
		int start = random.nextInt(Math.max(1, ids.length - PAGE));
		return java.util.Arrays.copyOfRange(ids, start, Math.min(ids.length, start + PAGE));
	}

	private static long count(Transactions transactions) {
		return transactions.read(em -> {
			try (Statement statement = em.unwrap(Connection.class).createStatement();
					ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM care_case")) { //$NON-NLS-1$
				result.next();
				return result.getLong(1);
			} catch (java.sql.SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static String derbyVersion(Transactions transactions) {
		return transactions.read(em -> {
			try {
				return em.unwrap(Connection.class).getMetaData().getDatabaseProductVersion();
			} catch (java.sql.SQLException e) {
				return "?"; //$NON-NLS-1$
			}
		});
	}

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(BenchmarkApplication.class).getBundleContext();
		ServiceReference<T> reference = context.getServiceReference(type);
		if (reference == null) {
			throw new IllegalStateException(type.getName() + " is not registered"); //$NON-NLS-1$
		}
		return context.getService(reference);
	}

	private static String argument(String[] args, String name, String fallback) {
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	static void deleteTree(Path root) throws java.io.IOException {
		if (Files.exists(root)) {
			try (var paths = Files.walk(root)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
