package org.carebench.cases.ui.internal;

import java.util.function.BiFunction;

import org.carebench.cases.BulkProgress;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A job's progress monitor as a service's {@link BulkProgress}: the work done shows on a scale of {@link #SCALE}
 * (begin the task with it), the detail as a sub-task, and the monitor's cancel stops the service between batches.
 */
final class MonitorProgress implements BulkProgress {

	static final int SCALE = 1000;

	private final IProgressMonitor monitor;
	private final BiFunction<Integer, Integer, String> detail;
	private int reported;

	/** @param detail the sub-task's text for (done, total) */
	MonitorProgress(IProgressMonitor monitor, BiFunction<Integer, Integer, String> detail) {
		this.monitor = monitor;
		this.detail = detail;
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}

	@Override
	public void worked(int done, int total) {
		int scaled = (int) Math.min(SCALE, (long) SCALE * done / Math.max(1, total));
		monitor.worked(scaled - reported);
		reported = scaled;
		monitor.subTask(detail.apply(done, total));
	}
}
