package org.carebench.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Looks services up in the running framework, waiting for Declarative Services to register them. */
public final class OsgiServices {

	private static final long WAIT_SECONDS = 30;

	private OsgiServices() {
	}

	/** The service of {@code type}; fails after waiting 30 s for it. */
	public static <T> T get(Class<T> type) {
		BundleContext context = context();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
			if (service == null) {
				throw new IllegalStateException("No " + type.getName() + " service registered"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} finally {
			tracker.close();
		}
	}

	/** Every registered service of {@code type}, in no particular order. */
	public static <T> List<T> all(Class<T> type) {
		BundleContext context = context();
		List<T> services = new ArrayList<>();
		try {
			for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
				services.add(context.getService(reference));
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return services;
	}

	/** The installed bundle with this symbolic name. */
	public static Bundle bundle(String symbolicName) {
		for (Bundle bundle : context().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		throw new IllegalStateException("Bundle " + symbolicName + " is not installed"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(OsgiServices.class);
		if (bundle.getBundleContext() == null) {
			try {
				bundle.start(Bundle.START_TRANSIENT);
			} catch (org.osgi.framework.BundleException e) {
				throw new IllegalStateException(e);
			}
		}
		return bundle.getBundleContext();
	}
}
