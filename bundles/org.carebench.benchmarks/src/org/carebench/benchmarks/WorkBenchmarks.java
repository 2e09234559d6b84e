package org.carebench.benchmarks;

import static org.carebench.benchmarks.BenchmarkApplication.STATUS;
import static org.carebench.benchmarks.BenchmarkApplication.service;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import org.carebench.cases.BulkCaseService;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseImportService;
import org.carebench.cases.ImportReport;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportService;

/** What the benchmark measures besides the list: the overview dashboard, bulk changes and imports. */
final class WorkBenchmarks {

	/** The built-in overview dashboard (org.carebench.reporting's BuiltInReports). */
	static final String OVERVIEW = "carebench.overview"; //$NON-NLS-1$

	private WorkBenchmarks() {
	}

	/**
	 * The overview dashboard: its first render (BIRT's engine starts), then warm renders as the supervisor (her
	 * organization's cases) and as the system (every case).
	 */
	static void measureReports(BenchmarkReport report) throws Exception {
		ReportService reports = service(ReportService.class);
		Path folder = Files.createTempDirectory("carebench-benchmark-report"); //$NON-NLS-1$
		Path html = folder.resolve("overview.html"); //$NON-NLS-1$
		Stopwatch.Operation overview = () -> {
			List<String> problems = reports.render(OVERVIEW, Map.of(), ReportFormat.HTML, html, () -> false);
			if (!problems.isEmpty()) {
				throw new IllegalStateException(String.join("; ", problems)); //$NON-NLS-1$
			}
		};
		long start = System.nanoTime();
		overview.run();
		double first = (System.nanoTime() - start) / 1e6;
		report.addReport("Overview dashboard, first render after start (the supervisor's cases)", //$NON-NLS-1$
				Stopwatch.of(new double[] { first }), "\u2264 5 s", 5_000); //$NON-NLS-1$
		report.addReport("Overview dashboard, warm (the supervisor's cases)", Stopwatch.measure(3, 10, overview), //$NON-NLS-1$
				"\u2264 1.5 s", 1_500); //$NON-NLS-1$
		org.carebench.core.Session session = service(org.carebench.core.Session.class);
		Stopwatch.Result everything = session.runAsSystem("Benchmark", () -> { //$NON-NLS-1$
			try {
				return Stopwatch.measure(3, 10, overview);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		report.addReport(String.format("Overview dashboard, warm (every case: %s)", "all organizations"), //$NON-NLS-1$ //$NON-NLS-2$
				everything, "\u2264 1.5 s", 1_500); //$NON-NLS-1$
		BenchmarkApplication.deleteTree(folder);
	}

	private static final int BULK = 10_000;
	private static final int IMPORTED = 10_000;
	private static final int IMPORT_ROUNDS = 3;

	/**
	 * 10,000 status changes with their log rows (there and back, so that the database keeps its shape), and an
	 * import of 20,000 new cases, each through the service and by hand; the import also through Derby's import
	 * procedure.
	 */
	static void measureWrites(BenchmarkReport report, Path location, UserRef user, UserAccess access)
			throws Exception {
		CaseService cases = service(CaseService.class);
		BulkCaseService bulk = service(BulkCaseService.class);
		long[] pool = cases.findCaseIds(CaseQuery.ALL.withStatus(STATUS));
		long[] pending = cases.findCaseIds(CaseQuery.ALL.withStatus("PENDING")); //$NON-NLS-1$
		if (pending.length > pool.length) {
			pool = pending; // an earlier run stopped half-way
		}
		// smaller demo databases (benchmark N) change what they have
		int size = Math.min(BULK, pool.length / 2);
		int imported = (int) Math.min(IMPORTED, Math.max(1000, pool.length));
		String from = cases.getSummaries(new long[] { pool[0] }).get(0).statusCode();
		String to = from.equals(STATUS) ? "PENDING" : STATUS; //$NON-NLS-1$
		long[] viaService = java.util.Arrays.copyOfRange(pool, 0, size);
		long[] viaJdbc = java.util.Arrays.copyOfRange(pool, size, 2 * size);
		double[] serviceMillis = new double[4];
		double[] jdbcMillis = new double[4];
		try (WriteWorkloads jdbc = new WriteWorkloads(location)) {
			for (int round = 0; round < 4; round++) {
				String target = round % 2 == 0 ? to : from;
				long start = System.nanoTime();
				BulkReport done = bulk.changeStatus(viaService, target, null, BulkProgress.NONE);
				serviceMillis[round] = (System.nanoTime() - start) / 1e6;
				if (done.changed() != size) {
					throw new IllegalStateException("bulk change refused: " + done.failures().stream().limit(3).toList()); //$NON-NLS-1$
				}
				start = System.nanoTime();
				jdbc.changeStatus(viaJdbc, target, user.id());
				jdbcMillis[round] = (System.nanoTime() - start) / 1e6;
			}
		}
		report.add(String.format("Bulk status change of %,d cases with their activity-log rows", size), //$NON-NLS-1$
				new Stopwatch.Comparison(Stopwatch.of(serviceMillis), Stopwatch.of(jdbcMillis)),
				"\u2264 1.5\u00d7 JDBC", Double.NaN, 1.5); //$NON-NLS-1$
		ContentionBenchmark.measure(report, viaService, from, to, Stopwatch.of(serviceMillis));

		ProjectRef project = service(DirectoryService.class).projects().stream()
				.filter(p -> access.allows(p.id(), org.carebench.core.Permission.CASE_IMPORT)).findFirst().orElseThrow();
		CaseImportService imports = service(CaseImportService.class);
		Path folder = Files.createDirectories(location.getParent().resolve("import"));
		double[] importMillis = new double[IMPORT_ROUNDS];
		double[] insertMillis = new double[IMPORT_ROUNDS];
		double[] derbyMillis = new double[IMPORT_ROUNDS];
		try (WriteWorkloads jdbc = new WriteWorkloads(location)) {
			// a small import first, not measured: the three paths meet the JIT warm
			Path warmup = folder.resolve("warm-up.csv"); //$NON-NLS-1$
			// rows of their own each run: an import makes a case of a row once, and -reuse keeps earlier runs' cases
			long run = System.currentTimeMillis();
			List<WriteWorkloads.NewCase> few = WriteWorkloads.generate(1000, run - 1, warmup);
			imports.importFile(project.id(), warmup, BulkProgress.NONE);
			jdbc.insertCases(few, project.networkId(), project.id(), project.code(), user.organizationId(), user.id());
			jdbc.importWithDerby(few, project.networkId(), project.id(), project.code(), user.organizationId(),
					user.id(), folder);
			for (int round = 0; round < IMPORT_ROUNDS; round++) {
				Path csv = folder.resolve("cases-" + round + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
				List<WriteWorkloads.NewCase> rows = WriteWorkloads.generate(imported, run + round, csv);
				long start = System.nanoTime();
				ImportReport result = imports.importFile(project.id(), csv, BulkProgress.NONE);
				importMillis[round] = (System.nanoTime() - start) / 1e6;
				if (result.created() != imported) {
					throw new IllegalStateException("import refused rows: " + result.problems().stream().limit(3).toList()); //$NON-NLS-1$
				}
				start = System.nanoTime();
				jdbc.insertCases(rows, project.networkId(), project.id(), project.code(), user.organizationId(),
						user.id());
				insertMillis[round] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				jdbc.importWithDerby(rows, project.networkId(), project.id(), project.code(), user.organizationId(),
						user.id(), folder);
				derbyMillis[round] = (System.nanoTime() - start) / 1e6;
			}
		}
		Stopwatch.Result service = Stopwatch.of(importMillis);
		Stopwatch.Result inserts = Stopwatch.of(insertMillis);
		Stopwatch.Result derby = Stopwatch.of(derbyMillis);
		report.add(String.format("CSV import of %,d new cases (%,.0f cases/s; JDBC batches %,.0f cases/s)", imported, //$NON-NLS-1$
				imported / (service.median() / 1000), imported / (inserts.median() / 1000)),
				new Stopwatch.Comparison(service, inserts),
				"\u2265 0.8\u00d7 JDBC's rate (\u2264 1.25\u00d7 its time)", Double.NaN, 1.25); //$NON-NLS-1$
		report.addReference(String.format("the same %,d cases through Derby's SYSCS_IMPORT_DATA (%,.0f cases/s)", //$NON-NLS-1$
				imported, imported / (derby.median() / 1000)), derby);
	}
}
