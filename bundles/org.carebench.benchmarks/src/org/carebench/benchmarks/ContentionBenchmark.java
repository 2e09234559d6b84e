package org.carebench.benchmarks;

import static org.carebench.benchmarks.BenchmarkApplication.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.carebench.cases.BulkCaseService;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportService;

/**
 * A bulk change while others read: 30 readers without a pause between reads, which is more than an agency's
 * caseworkers ask of one database, on the same cases the bulk change writes. Two kinds of reading: the case list
 * (its first page, then 100 rows anywhere, as scrolling does) and the overview dashboard (whose counts come from
 * the tallies the bulk change moves).
 */
final class ContentionBenchmark {

	static final int READERS = 30;
	private static final int PAGE = 100;
	private static final int ROUNDS = 2;

	/** What each reader does once, again and again. */
	@FunctionalInterface
	private interface Reading {
		void read(SplittableRandom random) throws Exception;
	}

	private ContentionBenchmark() {
	}

	/**
	 * Changes {@code cases} to {@code to} and back among readers of the list, then among readers of the dashboard,
	 * and reports the bulk change's time against {@code alone} (the same change with nobody reading) and the
	 * readers' times meanwhile.
	 */
	static void measure(BenchmarkReport report, long[] cases, String from, String to, Stopwatch.Result alone)
			throws Exception {
		CaseService list = service(CaseService.class);
		long[] ids = list.findCaseIds(CaseQuery.ALL);
		measure(report, cases, from, to, alone, "page through the list", "A page of 100 cases", random -> { //$NON-NLS-1$ //$NON-NLS-2$
			list.findCases(CaseQuery.ALL, Optional.empty(), PAGE);
			list.getSummaries(BenchmarkApplication.slice(ids, random));
		});
		ReportService reports = service(ReportService.class);
		Path folder = Files.createTempDirectory("carebench-contention"); //$NON-NLS-1$
		try {
			measure(report, cases, from, to, alone, "render the overview dashboard", "The overview dashboard", //$NON-NLS-1$ //$NON-NLS-2$
					random -> {
						Path html = Files.createTempFile(folder, "overview", ".html"); //$NON-NLS-1$ //$NON-NLS-2$
						List<String> problems = reports.render(WorkBenchmarks.OVERVIEW, Map.of(), ReportFormat.HTML,
								html, () -> false);
						if (!problems.isEmpty()) {
							throw new IllegalStateException(String.join("; ", problems)); //$NON-NLS-1$
						}
					});
		} finally {
			BenchmarkApplication.deleteTree(folder);
		}
	}

	private static void measure(BenchmarkReport report, long[] cases, String from, String to, Stopwatch.Result alone,
			String what, String read, Reading reading) throws Exception {
		BulkCaseService bulk = service(BulkCaseService.class);
		AtomicBoolean going = new AtomicBoolean(true);
		ConcurrentLinkedQueue<Double> reads = new ConcurrentLinkedQueue<>();
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		List<Future<?>> running = new ArrayList<>();
		double[] writes = new double[ROUNDS];
		try {
			for (int reader = 0; reader < READERS; reader++) {
				SplittableRandom random = new SplittableRandom(reader);
				running.add(readers.submit(() -> {
					while (going.get()) {
						long start = System.nanoTime();
						reading.read(random);
						reads.add((System.nanoTime() - start) / 1e6);
					}
					return null;
				}));
			}
			Thread.sleep(2_000); // the readers under way
			for (int round = 0; round < writes.length; round++) {
				long start = System.nanoTime();
				BulkReport done = bulk.changeStatus(cases, round % 2 == 0 ? to : from, null, BulkProgress.NONE);
				writes[round] = (System.nanoTime() - start) / 1e6;
				if (done.changed() != cases.length) {
					throw new IllegalStateException("bulk change refused: " + done.failures().stream().limit(3).toList()); //$NON-NLS-1$
				}
			}
		} finally {
			going.set(false);
			readers.shutdown();
		}
		for (Future<?> reader : running) {
			reader.get(); // a reader that failed fails the benchmark
		}
		Stopwatch.Result writer = Stopwatch.of(writes);
		double ratio = writer.median() / alone.median();
		report.addUnderLoad(String.format(
				"Bulk status change of %,d cases while %d readers %s without pause (%,.0f cases/s; alone %,.0f cases/s)", //$NON-NLS-1$
				cases.length, READERS, what, cases.length / (writer.median() / 1000), cases.length / (alone.median() / 1000)),
				writer, String.format("\u2264 %d\u00d7 its time alone (%.1f\u00d7)", READERS / 3, ratio), //$NON-NLS-1$
				ratio <= READERS / 3.0);
		double[] readMillis = reads.stream().mapToDouble(Double::doubleValue).toArray();
		Stopwatch.Result each = Stopwatch.of(readMillis);
		report.addUnderLoad(String.format("%s for each of the %d readers meanwhile (%,d reads)", read, READERS, //$NON-NLS-1$
				readMillis.length), each, "no lock time-out", true); //$NON-NLS-1$
	}
}
