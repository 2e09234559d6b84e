package org.carebench.cases.ui.internal;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carebench.cases.CaseEvents;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/** The editor's own helpers behind {@link org.carebench.cases.ui.PageSupport}. */
public final class PageSupportImpl {

	private PageSupportImpl() {
	}

	public static <T> T service(Class<T> type) {
		return CasesUi.service(type);
	}

	public static <T> java.util.List<T> services(Class<T> type) {
		return CasesUi.services(type);
	}

	public static Composite section(FormToolkit toolkit, Composite parent, String title, int columns,
			boolean grabVertical) {
		return FormSections.create(toolkit, parent, title, columns, grabVertical);
	}

	public static String day(LocalDate day) {
		return CaseLabels.day(day);
	}

	public static String userMessage(Throwable failure) {
		return CasesUi.userMessage(failure);
	}

	public static <T> void background(Control owner, String jobName, Supplier<T> work, Consumer<T> done,
			Consumer<String> failed) {
		Job.create(jobName, monitor -> {
			try {
				T result = work.get();
				onUi(owner, () -> done.accept(result));
			} catch (RuntimeException e) {
				String message = CasesUi.userMessage(e);
				onUi(owner, () -> failed.accept(message));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private static void onUi(Control owner, Runnable update) {
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					update.run();
				}
			});
		}
	}

	public static void onCaseChanged(Control owner, long caseId, Runnable reload) {
		ServiceRegistration<EventHandler> registration = CasesUi.subscribe(CaseEvents.CHANGED, owner.getDisplay(),
				event -> {
					if (!owner.isDisposed() && Long.valueOf(caseId).equals(event.getProperty(CaseEvents.CASE_ID))) {
						reload.run();
					}
				});
		owner.addDisposeListener(event -> registration.unregister());
	}
}
