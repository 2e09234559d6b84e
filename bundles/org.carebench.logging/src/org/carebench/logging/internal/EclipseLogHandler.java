package org.carebench.logging.internal;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Java logging's records (Liquibase, BIRT, Carebench's own Java loggers) into the Eclipse log. Installed on the
 * root logger in place of the console handler.
 */
final class EclipseLogHandler extends Handler {

	/** The root logger's records carry an empty name; the Eclipse log needs one. */
	private static final String ROOT_NAME = "root"; //$NON-NLS-1$

	/** Only its formatMessage is used: parameters and localized messages, without the console layout. */
	private final Formatter messages = new SimpleFormatter();

	@Override
	public void publish(LogRecord record) {
		if (record == null || record.getLevel() == null) {
			return;
		}
		LogLevel level = LogLevel.fromJul(record.getLevel());
		String name = record.getLoggerName() == null || record.getLoggerName().isEmpty() ? ROOT_NAME
				: record.getLoggerName();
		// Java loggers' own levels have let the record through; a library may have set one more talkative than the
		// administrator's, so the levels in force decide
		if (!Logging.levels().levelOf(name).admits(level)) {
			return;
		}
		String message;
		try {
			message = messages.formatMessage(record);
		} catch (RuntimeException e) {
			message = record.getMessage();
		}
		Logging.write(name, level, message, record.getThrown());
	}

	@Override
	public void flush() {
		// every entry is handed to the Eclipse log at once
	}

	@Override
	public void close() {
		// nothing held
	}
}
