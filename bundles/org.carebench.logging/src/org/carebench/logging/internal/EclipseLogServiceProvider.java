package org.carebench.logging.internal;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J 2's binding to the Eclipse log. SLF4J finds it with a ServiceLoader: inside OSGi SPI Fly registers it
 * (this bundle's osgi.serviceloader capability) once the bundle has started, and weaves slf4j-api's lookup.
 */
public final class EclipseLogServiceProvider implements SLF4JServiceProvider {

	/** The SLF4J API this provider was written against (slf4j-api warns when it is older than itself). */
	private static final String REQUESTED_API_VERSION = "2.0.99"; //$NON-NLS-1$

	private ILoggerFactory loggerFactory;
	private IMarkerFactory markerFactory;
	private MDCAdapter mdcAdapter;

	@Override
	public void initialize() {
		loggerFactory = new EclipseLoggerFactory();
		markerFactory = new BasicMarkerFactory();
		mdcAdapter = new BasicMDCAdapter();
	}

	@Override
	public ILoggerFactory getLoggerFactory() {
		return loggerFactory;
	}

	@Override
	public IMarkerFactory getMarkerFactory() {
		return markerFactory;
	}

	@Override
	public MDCAdapter getMDCAdapter() {
		return mdcAdapter;
	}

	@Override
	public String getRequestedApiVersion() {
		return REQUESTED_API_VERSION;
	}
}
