package org.carebench.app.internal;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the application needs before the workbench (and its service locator) exists. */
final class Services {

	private static final long WAIT_SECONDS = 20;

	private Services() {
	}

	/** The service, waiting for Declarative Services to register it. */
	static <T> T get(Class<T> type) {
		return find(type, WAIT_SECONDS)
				.orElseThrow(() -> new IllegalStateException(type.getName() + " is not available")); //$NON-NLS-1$
	}

	/** The service if its bundle is installed (optional services, such as demo data). */
	static <T> Optional<T> optional(Class<T> type) {
		return find(type, 2);
	}

	private static <T> Optional<T> find(Class<T> type, long seconds) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(TimeUnit.SECONDS.toMillis(seconds)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} finally {
			tracker.close();
		}
	}
}
