package org.carebench.cases.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carebench.cases.CaseEvents;
import org.carebench.ui.Background;
import org.carebench.ui.Dates;
import org.carebench.ui.Events;
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What a contributed case editor page needs to look and behave like the editor's own: services, sections, dates in
 * the user's format, work off the UI thread with the refusal shown where the user looks. Kept for agencies' pages
 * written against it; the same helpers are in {@code org.carebench.ui} for every screen.
 */
public final class PageSupport {

	private PageSupport() {
	}

	/** A Carebench service; fails when it is not available. */
	public static <T> T service(Class<T> type) {
		return Services.get(type);
	}

	/** Every registered service of a type: what other bundles contribute. */
	public static <T> List<T> services(Class<T> type) {
		return Services.all(type);
	}

	/** A titled section filling its cell; returns its client, laid out in {@code columns}. */
	public static Composite section(FormToolkit toolkit, Composite parent, String title, int columns,
			boolean grabVertical) {
		return Layouts.section(toolkit, parent, title, columns, grabVertical);
	}

	/** A day as the user reads it (short, localized); a dash for none. */
	public static String day(LocalDate day) {
		return Dates.day(day);
	}

	/** What to show for a failure: a Carebench refusal's own message, else the failure (which is logged). */
	public static String userMessage(Throwable failure) {
		return Problems.message(failure);
	}

	/**
	 * Runs {@code work} in a job, then {@code done} with its result on the UI thread, unless {@code owner} is gone
	 * by then; a failure goes to {@code failed} as its user message, also on the UI thread.
	 */
	public static <T> void background(Control owner, String jobName, Supplier<T> work, Consumer<T> done,
			Consumer<String> failed) {
		Background.run(owner, jobName, work, done, failed);
	}

	/**
	 * Calls {@code reload} on the UI thread whenever case {@code caseId} changed (by this user or another part of
	 * the workbench), until {@code owner} is disposed.
	 */
	public static void onCaseChanged(Control owner, long caseId, Runnable reload) {
		Events.subscribe(owner, CaseEvents.CHANGED, event -> {
			if (Long.valueOf(caseId).equals(event.getProperty(CaseEvents.CASE_ID))) {
				reload.run();
			}
		});
	}
}
