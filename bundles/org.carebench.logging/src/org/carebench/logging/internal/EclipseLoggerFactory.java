package org.carebench.logging.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One {@link EclipseLogger} per name. */
final class EclipseLoggerFactory implements ILoggerFactory {

	private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

	@Override
	public Logger getLogger(String name) {
		return loggers.computeIfAbsent(name, EclipseLogger::new);
	}
}
