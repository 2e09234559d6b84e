package org.carebench.cases.ui.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Consumer;

import org.carebench.core.CarebenchException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** What the case screens share: services, event subscriptions delivered on the UI thread, error logging. */
final class CasesUi {

	static final String PLUGIN_ID = "org.carebench.cases.ui"; //$NON-NLS-1$

	private CasesUi() {
	}

	/** A Carebench service, through the workbench (which reaches the OSGi registry). */
	static <T> T service(Class<T> type) {
		T service = PlatformUI.getWorkbench().getService(type);
		if (service == null) {
			throw new IllegalStateException(type.getName() + " is not available"); //$NON-NLS-1$
		}
		return service;
	}

	/** Every registered service of a type (contributions of other bundles). */
	static <T> java.util.List<T> services(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(CasesUi.class).getBundleContext();
		try {
			return context.getServiceReferences(type, null).stream().map(context::getService)
					.filter(java.util.Objects::nonNull).toList();
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Calls {@code handler} on the UI thread for every event of {@code topic}; the returned registration ends the
	 * subscription.
	 */
	static ServiceRegistration<EventHandler> subscribe(String topic, Display display, Consumer<Event> handler) {
		BundleContext context = FrameworkUtil.getBundle(CasesUi.class).getBundleContext();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, topic);
		EventHandler onUiThread = event -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> handler.accept(event));
			}
		};
		return context.registerService(EventHandler.class, onUiThread, properties);
	}

	/** The message to show for a failure: the user's message of a Carebench refusal, else the failure itself. */
	static String userMessage(Throwable failure) {
		if (failure instanceof CarebenchException refusal) {
			return refusal.getMessage();
		}
		log(failure);
		return String.valueOf(failure);
	}

	static void log(Throwable failure) {
		ILog.of(CasesUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, String.valueOf(failure), failure));
	}
}
