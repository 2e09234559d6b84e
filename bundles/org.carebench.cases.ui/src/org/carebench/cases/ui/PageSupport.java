package org.carebench.cases.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carebench.cases.ui.internal.PageSupportImpl;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What a contributed case editor page needs to look and behave like the editor's own: services, sections, dates in
 * the user's format, work off the UI thread with the refusal shown where the user looks.
 */
public final class PageSupport {

	private PageSupport() {
	}

	/** A Carebench service; fails when it is not available. */
	public static <T> T service(Class<T> type) {
		return PageSupportImpl.service(type);
	}

	/** Every registered service of a type: what other bundles contribute. */
	public static <T> java.util.List<T> services(Class<T> type) {
		return PageSupportImpl.services(type);
	}

	/** A titled section filling its cell; returns its client, laid out in {@code columns}. */
	public static Composite section(FormToolkit toolkit, Composite parent, String title, int columns,
			boolean grabVertical) {
		return PageSupportImpl.section(toolkit, parent, title, columns, grabVertical);
	}

	/** A day as the user reads it (short, localized); a dash for none. */
	public static String day(LocalDate day) {
		return PageSupportImpl.day(day);
	}

	/** What to show for a failure: a Carebench refusal's own message, else the failure (which is logged). */
	public static String userMessage(Throwable failure) {
		return PageSupportImpl.userMessage(failure);
	}

	/**
	 * Runs {@code work} in a job, then {@code done} with its result on the UI thread, unless {@code owner} is gone
	 * by then; a failure goes to {@code failed} as its user message, also on the UI thread.
	 */
	public static <T> void background(Control owner, String jobName, Supplier<T> work, Consumer<T> done,
			Consumer<String> failed) {
		PageSupportImpl.background(owner, jobName, work, done, failed);
	}

	/**
	 * Calls {@code reload} on the UI thread whenever case {@code caseId} changed (by this user or another part of
	 * the workbench), until {@code owner} is disposed.
	 */
	public static void onCaseChanged(Control owner, long caseId, Runnable reload) {
		PageSupportImpl.onCaseChanged(owner, caseId, reload);
	}
}
