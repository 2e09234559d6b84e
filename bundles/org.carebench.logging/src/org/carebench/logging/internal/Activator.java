package org.carebench.logging.internal;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.eclipse.equinox.log.ExtendedLogService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Opens Carebench's log and puts the Eclipse log handler on Java logging's root logger in place of the console.
 * <p>
 * An activator rather than a DS component, and no lazy activation policy: the product starts this bundle at start
 * level 2 (after SPI Fly at 1, before Liquibase at 3 and before any database is opened), and everything must be in
 * place when its start returns. SPI Fly registers the SLF4J provider only for a started bundle, and the first SLF4J
 * logger fixes the provider for the whole run. Writing goes through Equinox's own ExtendedLogService, which the
 * framework offers from the beginning, so that org.eclipse.core.runtime need not be active this early.
 */
public final class Activator implements BundleActivator {

	/** The logger whose entries the framework writes to .metadata/.log (EquinoxLogWriter's and PlatformLogWriter's). */
	private static final String ECLIPSE_LOGGER = "org.eclipse.equinox.logger"; //$NON-NLS-1$

	private ServiceReference<ExtendedLogService> logServiceReference;
	private Logging logging;
	private EclipseLogHandler handler;
	private List<Handler> replacedHandlers = List.of();

	@Override
	public void start(BundleContext context) {
		logServiceReference = context.getServiceReference(ExtendedLogService.class);
		ExtendedLogService logService = context.getService(logServiceReference);
		logging = new Logging(logService.getLogger(context.getBundle(), ECLIPSE_LOGGER),
				Logging.configurationFiles(context.getProperty("osgi.configuration.area"), //$NON-NLS-1$
						context.getProperty("osgi.sharedConfiguration.area"))); //$NON-NLS-1$
		logging.open();

		Logger root = Logger.getLogger(""); //$NON-NLS-1$
		replacedHandlers = List.of(root.getHandlers());
		replacedHandlers.forEach(root::removeHandler);
		handler = new EclipseLogHandler();
		root.addHandler(handler);
	}

	@Override
	public void stop(BundleContext context) {
		Logger root = Logger.getLogger(""); //$NON-NLS-1$
		root.removeHandler(handler);
		replacedHandlers.forEach(root::addHandler);
		replacedHandlers = List.of();
		logging.close();
		context.ungetService(logServiceReference);
	}
}
