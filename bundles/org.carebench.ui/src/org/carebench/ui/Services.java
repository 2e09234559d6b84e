package org.carebench.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The Carebench services screens work with, from the OSGi registry: the best ranked one of a type, or every one
 * (what other bundles contribute). Screens look a service up when they use it rather than keeping it, so that a
 * bundle installed or updated while the workbench runs is used at once.
 */
public final class Services {

	private Services() {
	}

	/** The service of {@code type}; an {@link IllegalStateException} naming it when none is registered. */
	public static <T> T get(Class<T> type) {
		BundleContext context = context();
		ServiceReference<T> reference = context.getServiceReference(type);
		T service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException(type.getName() + " is not available"); //$NON-NLS-1$
		}
		return service;
	}

	/** Every registered service of {@code type}, best ranked first. */
	public static <T> List<T> all(Class<T> type) {
		BundleContext context = context();
		try {
			return context.getServiceReferences(type, null).stream().sorted(Comparator.reverseOrder())
					.map(context::getService).filter(Objects::nonNull).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
