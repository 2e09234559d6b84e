package org.carebench.ui;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Subscriptions to what the services post (EventAdmin), delivered on the UI thread. */
public final class Events {

	private Events() {
	}

	/** Calls {@code handler} on the UI thread for every event of {@code topic} until {@code owner} is disposed. */
	public static void subscribe(Control owner, String topic, Consumer<Event> handler) {
		ServiceRegistration<EventHandler> registration = subscribe(owner.getDisplay(), topic, event -> {
			if (!owner.isDisposed()) {
				handler.accept(event);
			}
		});
		owner.addDisposeListener(disposed -> registration.unregister());
	}

	/** Calls {@code handler} on the UI thread for every event of {@code topic}; unregister to stop. */
	public static ServiceRegistration<EventHandler> subscribe(Display display, String topic, Consumer<Event> handler) {
		BundleContext context = FrameworkUtil.getBundle(Events.class).getBundleContext();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, topic);
		EventHandler onUiThread = event -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> handler.accept(event));
			}
		};
		return context.registerService(EventHandler.class, onUiThread, properties);
	}
}
