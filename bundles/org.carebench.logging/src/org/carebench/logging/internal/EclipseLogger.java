package org.carebench.logging.internal;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that writes to the Eclipse log through {@link Logging}. */
final class EclipseLogger extends LegacyAbstractLogger {

	private static final long serialVersionUID = 1L;

	/** The level of this logger, and the levels it was found in: found again when the levels change. */
	private record Threshold(LogLevels from, LogLevel level) {
	}

	private transient volatile Threshold threshold;

	EclipseLogger(String name) {
		this.name = name;
	}

	private boolean admits(LogLevel level) {
		LogLevels levels = Logging.levels();
		Threshold known = threshold;
		if (known == null || known.from() != levels) {
			known = new Threshold(levels, levels.levelOf(name));
			threshold = known;
		}
		return known.level().admits(level);
	}

	@Override
	public boolean isTraceEnabled() {
		return admits(LogLevel.TRACE);
	}

	@Override
	public boolean isDebugEnabled() {
		return admits(LogLevel.DEBUG);
	}

	@Override
	public boolean isInfoEnabled() {
		return admits(LogLevel.INFO);
	}

	@Override
	public boolean isWarnEnabled() {
		return admits(LogLevel.WARN);
	}

	@Override
	public boolean isErrorEnabled() {
		return admits(LogLevel.ERROR);
	}

	@Override
	protected String getFullyQualifiedCallerName() {
		return null;
	}

	@Override
	protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
			Throwable throwable) {
		Logging.write(name, LogLevel.fromSlf4j(level), MessageFormatter.basicArrayFormat(messagePattern, arguments),
				throwable);
	}
}
