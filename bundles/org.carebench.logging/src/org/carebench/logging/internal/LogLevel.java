package org.carebench.logging.internal;

import java.util.Locale;
import java.util.logging.Level;

import org.eclipse.osgi.framework.log.FrameworkLogEntry;
import org.osgi.service.log.LogService;

/**
 * Carebench's log levels, from the quietest to the most talkative. SLF4J's five levels, plus OFF; Java logging's
 * seven are mapped onto them. The Eclipse log knows only error, warning and info: debug and trace entries are
 * written as info, their message marked with the level.
 */
enum LogLevel {
	OFF, ERROR, WARN, INFO, DEBUG, TRACE;

	/** Whether a message of {@code level} passes when this is the threshold. */
	boolean admits(LogLevel level) {
		return level != OFF && level.ordinal() <= ordinal();
	}

	/** The severity of the Eclipse log entry ({@code IStatus} constants, which FrameworkLogEntry shares). */
	int severity() {
		return switch (this) {
		case ERROR -> FrameworkLogEntry.ERROR;
		case WARN -> FrameworkLogEntry.WARNING;
		default -> FrameworkLogEntry.INFO;
		};
	}

	/** The level of the OSGi log entry that carries it, for LogReaderService listeners. */
	@SuppressWarnings("deprecation") // the int levels are the ones Equinox's Logger.log(context, level, ...) takes
	int osgiLevel() {
		return switch (this) {
		case ERROR -> LogService.LOG_ERROR;
		case WARN -> LogService.LOG_WARNING;
		case INFO -> LogService.LOG_INFO;
		default -> LogService.LOG_DEBUG;
		};
	}

	/** The message as it goes into the Eclipse log: debug and trace marked, since their severity is info there. */
	String mark(String message) {
		return this == DEBUG || this == TRACE ? "[" + name() + "] " + message : message; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The Java logging level that lets exactly this level and the ones above it through. */
	Level toJul() {
		return switch (this) {
		case OFF -> Level.OFF;
		case ERROR -> Level.SEVERE;
		case WARN -> Level.WARNING;
		case INFO -> Level.INFO;
		case DEBUG -> Level.FINE; // CONFIG (between INFO and FINE) counts as debug too
		case TRACE -> Level.ALL;
		};
	}

	/** SEVERE is error, WARNING warn, INFO info, CONFIG and FINE debug, FINER and FINEST trace. */
	static LogLevel fromJul(Level level) {
		int value = level.intValue();
		if (value == Level.OFF.intValue()) {
			return OFF;
		}
		if (value >= Level.SEVERE.intValue()) {
			return ERROR;
		}
		if (value >= Level.WARNING.intValue()) {
			return WARN;
		}
		if (value >= Level.INFO.intValue()) {
			return INFO;
		}
		if (value >= Level.FINE.intValue()) {
			return DEBUG;
		}
		return TRACE;
	}

	static LogLevel fromSlf4j(org.slf4j.event.Level level) {
		return switch (level) {
		case ERROR -> ERROR;
		case WARN -> WARN;
		case INFO -> INFO;
		case DEBUG -> DEBUG;
		case TRACE -> TRACE;
		};
	}

	/**
	 * Reads a level as an administrator writes it: SLF4J's names, Java logging's names (SEVERE, WARNING, CONFIG,
	 * FINE, FINER, FINEST) and ALL, in any case.
	 *
	 * @throws IllegalArgumentException when it is none of them
	 */
	static LogLevel parse(String text) {
		String name = text.trim().toUpperCase(Locale.ROOT);
		return switch (name) {
		case "SEVERE" -> ERROR; //$NON-NLS-1$
		case "WARNING" -> WARN; //$NON-NLS-1$
		case "CONFIG", "FINE" -> DEBUG; //$NON-NLS-1$ //$NON-NLS-2$
		case "FINER", "FINEST", "ALL" -> TRACE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> valueOf(name);
		};
	}
}
