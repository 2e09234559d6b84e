package org.carebench.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carebench.core.CarebenchException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * Work off the UI thread, then its result on the UI thread: the one way screens call services that may take time,
 * so that the UI never freezes, a closed screen is never updated, and a failure always reaches the user as
 * {@link Problems} words it.
 */
public final class Background {

	/** Work that reports progress and stops when canceled. */
	@FunctionalInterface
	public interface Monitored<T> {
		T run(IProgressMonitor monitor);
	}

	private Background() {
	}

	/**
	 * Runs {@code work} in a background job, then {@code done} with its result on the UI thread, unless
	 * {@code owner} is disposed by then; a failure goes to {@code failed} as its user message, also on the UI thread.
	 */
	public static <T> Job run(Control owner, String jobName, Supplier<T> work, Consumer<T> done,
			Consumer<String> failed) {
		Job job = Job.create(jobName, monitor -> {
			deliver(owner, work, done, failed);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		// the user is looking at the screen that waits for it
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
		return job;
	}

	/**
	 * Runs {@code work} as a user job (it shows in the progress dialog, can go to the background and be canceled),
	 * then {@code done} with its result on the UI thread, also when canceled: the work decides what a canceled run
	 * returns (what it did before it stopped).
	 */
	public static <T> Job user(Control owner, String jobName, Monitored<T> work, Consumer<T> done,
			Consumer<String> failed) {
		return monitored(owner, jobName, true, work, done, failed);
	}

	/**
	 * As {@link #user}; a job that is not a user job runs unseen (as {@link #run}) but can still be canceled
	 * through the returned job.
	 */
	public static <T> Job monitored(Control owner, String jobName, boolean userJob, Monitored<T> work,
			Consumer<T> done, Consumer<String> failed) {
		Job job = Job.create(jobName, monitor -> {
			try {
				deliver(owner, () -> work.run(monitor), done, failed);
			} finally {
				monitor.done();
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setUser(userJob);
		job.setSystem(!userJob);
		job.schedule();
		return job;
	}

	private static <T> void deliver(Control owner, Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
		try {
			T result = work.get();
			onUi(owner, () -> done.accept(result));
		} catch (RuntimeException e) {
			String message = Problems.message(e);
			onUi(owner, () -> failed.accept(message));
		}
	}

	/** Runs {@code update} on the UI thread, unless {@code owner} is (or gets) disposed first. */
	public static void onUi(Control owner, Runnable update) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) {
				update.run();
			}
		});
	}

	/**
	 * Runs service work off the UI thread while the UI waits with a busy cursor (a progress dialog when it takes
	 * long): for saving, where the user must see the outcome before going on. The service's refusal is thrown
	 * as it was.
	 */
	public static <T> T whileBusy(String task, Supplier<T> work) {
		Object[] result = new Object[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					result[0] = work.get();
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CarebenchException(task);
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	/** The status a job ends with for a fault it caught itself. */
	public static IStatus failed(String pluginId, Throwable failure) {
		return new Status(IStatus.ERROR, pluginId, String.valueOf(failure), failure);
	}
}
