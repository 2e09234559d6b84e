package org.carebench.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, as docs/benchmarks.md shows them. */
final class BenchmarkReport {

	private record Row(String what, Stopwatch.Result service, Stopwatch.Result jdbc, String target, boolean met) {
	}

	private final long cases;
	private final List<Row> rows = new ArrayList<>();
	private final List<String> references = new ArrayList<>();
	private final List<Row> reports = new ArrayList<>();
	private final List<Row> underLoad = new ArrayList<>();
	private String loading = "the database of an earlier run was reused (same number of cases)"; //$NON-NLS-1$
	private String environment = ""; //$NON-NLS-1$
	/** Cases in the database when measuring began: the demo cases plus those imported by earlier runs. */
	private long casesMeasured;

	BenchmarkReport(long cases) {
		this.cases = cases;
	}

	String loading() {
		return loading;
	}

	/** The database was loaded by an earlier run, as {@code record} (from {@link #loading()}) says. */
	void loadedEarlier(String record) {
		loading = record.strip() + " (by an earlier run; this one reused the database)"; //$NON-NLS-1$
	}

	void loaded(long loadedCases, long clients, double seconds) {
		loading = String.format(Locale.ROOT,
				"%,d cases and %,d clients (with a \"case opened\" log row each) freshly loaded by this run in %.0f s: %,.0f cases/s", //$NON-NLS-1$
				loadedCases, clients, seconds, loadedCases / seconds);
	}

	/**
	 * @param maxMillis the target median of the service, or NaN
	 * @param maxRatio  the target ratio of service to JDBC, or NaN
	 */
	void add(String what, Stopwatch.Comparison serviceAndJdbc, String target, double maxMillis, double maxRatio) {
		Stopwatch.Result service = serviceAndJdbc.first();
		Stopwatch.Result jdbc = serviceAndJdbc.second();
		boolean met = (Double.isNaN(maxMillis) || service.median() <= maxMillis)
				&& (Double.isNaN(maxRatio) || service.median() <= maxRatio * jdbc.median());
		rows.add(new Row(what, service, jdbc, target, met));
	}

	/** A report rendering, which has no hand-written counterpart. */
	void addReport(String what, Stopwatch.Result rendering, String target, double maxMillis) {
		reports.add(new Row(what, rendering, null, target, rendering.median() <= maxMillis));
	}

	/** A figure measured with other work going on; {@code met} against its target. */
	void addUnderLoad(String what, Stopwatch.Result result, String target, boolean met) {
		underLoad.add(new Row(what, result, null, target, met));
	}

	void measuredOn(long casesInDatabase) {
		casesMeasured = casesInDatabase;
	}

	void addReference(String what, Stopwatch.Result jdbc) {
		references.add(String.format(Locale.ROOT, "| %s | \u2014 | %s | \u2014 | \u2014 | |", what, millis(jdbc))); //$NON-NLS-1$
	}

	void environment(String jvm, int processors, String derby, boolean encrypted) {
		environment = String.format(Locale.ROOT, "%s, %d cores, Apache Derby %s embedded, %sdefault durability", jvm, //$NON-NLS-1$
				processors, derby, encrypted ? "encrypted (AES-256), " : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("# Benchmarks\n\n"); //$NON-NLS-1$
		text.append("Written by `releng/carebench benchmark` on ").append(LocalDate.now()).append(". ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(String.format(Locale.ROOT, "%,d demo cases; ", cases)).append(loading).append(". ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(String.format(Locale.ROOT,
						"Measured on %,d cases (the imports of earlier runs add theirs; a database of more than 1.5 times the demo cases is loaded again).\n\n", //$NON-NLS-1$
						casesMeasured));
		text.append(environment).append(". Medians of repeated runs after warm-up, the two sides measured in turns (p90 in brackets); ") //$NON-NLS-1$
				.append("\"Carebench\" goes through the case service (a connection from EclipseLink's pool, the service's SQL, ") //$NON-NLS-1$
				.append("mapping to rows), \"JDBC\" is the same query hand-written on a connection of its own.\n\n"); //$NON-NLS-1$
		text.append("| What | Carebench | JDBC | Ratio | Target | Met |\n|---|---|---|---|---|---|\n"); //$NON-NLS-1$
		for (Row row : rows) {
			text.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f\u00d7 | %s | %s |%n", row.what(), //$NON-NLS-1$
					millis(row.service()), millis(row.jdbc()), row.service().median() / row.jdbc().median(),
					row.target(), row.met() ? "yes" : "**no**")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		references.forEach(reference -> text.append(reference).append('\n'));
		if (!reports.isEmpty()) {
			text.append("\n## Reports\n\nBIRT rendering the built-in designs to HTML (charts as PNG files) through the report ") //$NON-NLS-1$
					.append("service, in the user's report scope; a first render includes starting BIRT's engine.\n\n") //$NON-NLS-1$
					.append("| What | Carebench | Target | Met |\n|---|---|---|---|\n"); //$NON-NLS-1$
			appendWithoutJdbc(text, reports);
		}
		if (!underLoad.isEmpty()) {
			text.append("\n## Under load\n\nThe bulk change above, through the service, while ") //$NON-NLS-1$
					.append(ContentionBenchmark.READERS)
					.append(" threads of the same process read, each starting again as soon as it is done: the case list") //$NON-NLS-1$
					.append(" as caseworkers scroll it (the first page, then 100 rows anywhere), or the overview dashboard,") //$NON-NLS-1$
					.append(" whose counts the bulk change moves. Readers and writer share the computer's processors.\n\n") //$NON-NLS-1$
					.append("| What | Carebench | Target | Met |\n|---|---|---|---|\n"); //$NON-NLS-1$
			appendWithoutJdbc(text, underLoad);
		}
		text.append("\nHow to run it: `releng/carebench benchmark` (1,000,000 cases, loaded into a fresh database in ") //$NON-NLS-1$
				.append("`~/.carebench/benchmark`), `releng/carebench benchmark N`, or with `-reuse` to measure the database ") //$NON-NLS-1$
				.append("of an earlier run again (quicker, but not what a new machine measures).\n"); //$NON-NLS-1$
		return text.toString();
	}

	private static void appendWithoutJdbc(StringBuilder text, List<Row> rows) {
		for (Row row : rows) {
			text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", row.what(), millis(row.service()), //$NON-NLS-1$
					row.target(), row.met() ? "yes" : "**no**")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String millis(Stopwatch.Result result) {
		return String.format(Locale.ROOT, "%.2f ms (%.2f)", result.median(), result.p90()); //$NON-NLS-1$
	}
}
