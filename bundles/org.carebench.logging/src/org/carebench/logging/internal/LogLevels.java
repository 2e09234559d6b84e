package org.carebench.logging.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which level each logger logs at: the level of the longest {@code carebench.log.level.<prefix>} that names the
 * logger or one of its dotted parents, else {@code carebench.log.level}. Without {@code carebench.log.level}
 * Carebench's own loggers ({@code org.carebench}) log at INFO and all others at WARN, so that libraries' chatter
 * stays out of the log; once an administrator sets {@code carebench.log.level} it applies to Carebench's loggers as
 * well, unless {@code carebench.log.level.org.carebench} says otherwise.
 */
final class LogLevels {

	/** The property of the level of every logger that no more specific property names. */
	static final String PROPERTY = "carebench.log.level"; //$NON-NLS-1$

	private static final String PREFIX = PROPERTY + '.';
	private static final String CAREBENCH = "org.carebench"; //$NON-NLS-1$

	/** The levels when nothing is configured. */
	static final LogLevels DEFAULTS = of(Map.of(), new ArrayList<>());

	private final LogLevel root;
	private final Map<String, LogLevel> byPrefix;

	private LogLevels(LogLevel root, Map<String, LogLevel> byPrefix) {
		this.root = root;
		this.byPrefix = Collections.unmodifiableMap(byPrefix);
	}

	/**
	 * The levels that {@code settings} (property name to level, other properties ignored) give. A value that is
	 * no level is left out and described in {@code problems}.
	 */
	static LogLevels of(Map<String, String> settings, List<String> problems) {
		LogLevel root = null;
		Map<String, LogLevel> byPrefix = new LinkedHashMap<>();
		for (Map.Entry<String, String> setting : settings.entrySet()) {
			String key = setting.getKey();
			if (!key.equals(PROPERTY) && !key.startsWith(PREFIX)) {
				continue;
			}
			LogLevel level;
			try {
				level = LogLevel.parse(setting.getValue());
			} catch (IllegalArgumentException e) {
				problems.add(key + "=" + setting.getValue() //$NON-NLS-1$
						+ " is not a level (OFF, ERROR, WARN, INFO, DEBUG, TRACE); ignored"); //$NON-NLS-1$
				continue;
			}
			if (key.equals(PROPERTY)) {
				root = level;
			} else if (key.length() > PREFIX.length()) {
				byPrefix.put(key.substring(PREFIX.length()), level);
			}
		}
		if (root == null) {
			root = LogLevel.WARN;
			byPrefix.putIfAbsent(CAREBENCH, LogLevel.INFO);
		}
		return new LogLevels(root, byPrefix);
	}

	/** The level of every logger that no prefix names. */
	LogLevel root() {
		return root;
	}

	/** The levels set for logger name prefixes (a prefix names the logger of that name and those below it). */
	Map<String, LogLevel> byPrefix() {
		return byPrefix;
	}

	/** The threshold of the logger of that name. */
	LogLevel levelOf(String loggerName) {
		String name = loggerName;
		while (!name.isEmpty()) {
			LogLevel level = byPrefix.get(name);
			if (level != null) {
				return level;
			}
			int dot = name.lastIndexOf('.');
			name = dot < 0 ? "" : name.substring(0, dot); //$NON-NLS-1$
		}
		return root;
	}

	@Override
	public String toString() {
		return PROPERTY + "=" + root + " " + byPrefix; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
