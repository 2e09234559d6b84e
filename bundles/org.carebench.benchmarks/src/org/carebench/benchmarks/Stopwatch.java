package org.carebench.benchmarks;

import java.util.Arrays;

/** Times repeated runs of one operation and reports the median (and spread) in milliseconds. */
final class Stopwatch {

	/** Times of the measured runs, in milliseconds. */
	record Result(double median, double p90, double min, int runs) {
	}

	@FunctionalInterface
	interface Operation {
		void run() throws Exception;
	}

	private Stopwatch() {
	}

	/** The results of two operations measured in turns, so that both meet the same JIT, caches and garbage. */
	record Comparison(Result first, Result second) {
	}

	/**
	 * Warm-up lasts at least this long, as JMH's does: the service side runs through much more code (pool, mapping)
	 * than the hand-written side and needs longer before the JIT has compiled it.
	 */
	private static final long WARM_UP_NANOS = 3_000_000_000L;

	static Comparison compare(int warmups, int runs, Operation first, Operation second) throws Exception {
		long warmUpStart = System.nanoTime();
		for (int i = 0; i < warmups || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
			first.run();
			second.run();
		}
		double[] firstMillis = new double[runs];
		double[] secondMillis = new double[runs];
		for (int i = 0; i < runs; i++) {
			firstMillis[i] = time(first);
			secondMillis[i] = time(second);
		}
		return new Comparison(result(firstMillis), result(secondMillis));
	}

	private static double time(Operation operation) throws Exception {
		long start = System.nanoTime();
		operation.run();
		return (System.nanoTime() - start) / 1_000_000.0;
	}

	private static Result result(double[] millis) {
		Arrays.sort(millis);
		int runs = millis.length;
		return new Result(millis[runs / 2], millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)], millis[0],
				runs);
	}

	/** The result of runs timed elsewhere (long operations, a few runs each). */
	static Result of(double[] millis) {
		return result(millis.clone());
	}

	static Result measure(int warmups, int runs, Operation operation) throws Exception {
		for (int i = 0; i < warmups; i++) {
			operation.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			millis[i] = time(operation);
		}
		return result(millis);
	}
}
