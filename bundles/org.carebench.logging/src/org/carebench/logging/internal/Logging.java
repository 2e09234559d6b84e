package org.carebench.logging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.osgi.framework.log.FrameworkLogEntry;

/**
 * Carebench's one log: every SLF4J logger and every Java logging record end here, are filtered by the levels in
 * force and are written to the Eclipse log (the workspace's {@code .metadata/.log}) with the logger's name as the
 * entry's name.
 * <p>
 * The levels are read when the bundle starts from {@code logging.properties} in the installation's configuration
 * folder (or the shared configuration folder of a read-only installation), then from system properties of the same
 * names, which win: {@code carebench.log.level} and {@code carebench.log.level.<logger prefix>} (see
 * {@link LogLevels}). They are also set on Java logging's loggers, so that records below them are not even made.
 */
final class Logging {

	/** The file of log levels in the configuration folder. */
	static final String FILE_NAME = "logging.properties"; //$NON-NLS-1$

	/** The name of this bundle's own entries (settings that are no levels; at debug, the levels in force). */
	static final String OWN_LOGGER = "org.carebench.logging"; //$NON-NLS-1$

	private static final String FILE_URL = "file:"; //$NON-NLS-1$

	private static volatile Logging current;
	private static volatile LogLevels levels = LogLevels.DEFAULTS;
	/** Guards against a write that logs again on its way (a listener of the Eclipse log using Java logging). */
	private static final ThreadLocal<Boolean> WRITING = new ThreadLocal<>();

	private final org.eclipse.equinox.log.Logger eclipseLog;
	private final List<Path> configurationFiles;
	/**
	 * The Java loggers whose level this set. Java logging keeps loggers only weakly: without these references a
	 * level set on a logger nobody else holds yet would be forgotten.
	 */
	private final List<Logger> levelledJulLoggers = new ArrayList<>();
	/** The root Java logger's level before this log set it, given back on close. */
	private Level julRootLevelBefore;

	Logging(org.eclipse.equinox.log.Logger eclipseLog, List<Path> configurationFiles) {
		this.eclipseLog = eclipseLog;
		this.configurationFiles = List.copyOf(configurationFiles);
	}

	/** The configuration files to look for, from the framework's configuration area URLs (the first found wins). */
	static List<Path> configurationFiles(String... areaUrls) {
		List<Path> files = new ArrayList<>();
		for (String area : areaUrls) {
			if (area == null) {
				continue;
			}
			// Equinox writes these URLs unencoded ("file:/opt/care bench/configuration/"): not parsed as URIs
			if (area.startsWith(FILE_URL)) {
				files.add(Path.of(area.substring(FILE_URL.length())).resolve(FILE_NAME));
			}
		}
		return files;
	}

	/** Makes this the log that loggers write to, and sets the levels from the configuration. */
	void open() {
		julRootLevelBefore = Logger.getLogger("").getLevel(); //$NON-NLS-1$
		current = this;
		reload();
	}

	/** Stops writing through this log (the bundle stops): until it starts again, loggers write to standard error. */
	void close() {
		if (current == this) {
			current = null;
		}
		levels = LogLevels.DEFAULTS;
		levelledJulLoggers.forEach(logger -> logger.setLevel(null));
		levelledJulLoggers.clear();
		Logger.getLogger("").setLevel(julRootLevelBefore); //$NON-NLS-1$
	}

	/** The configuration files looked for, in order (the first found is read). */
	List<Path> configurationFiles() {
		return configurationFiles;
	}

	/** Reads the configuration file and the system properties again and applies their levels. */
	void reload() {
		Map<String, String> settings = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (Path file : configurationFiles) {
			if (Files.isRegularFile(file)) {
				readFile(file, settings, problems);
				break;
			}
		}
		System.getProperties().forEach((key, value) -> {
			if (key instanceof String name && value instanceof String text && name.startsWith(LogLevels.PROPERTY)) {
				settings.put(name, text);
			}
		});
		configure(settings, problems);
	}

	private static void readFile(Path file, Map<String, String> settings, List<String> problems) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		} catch (IOException e) {
			problems.add(file + " could not be read (" + e + "); its levels are not applied"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
	}

	/** Applies exactly these settings (property name to level), as if they were all that is configured. */
	void configure(Map<String, String> settings) {
		configure(settings, new ArrayList<>());
	}

	private void configure(Map<String, String> settings, List<String> problems) {
		LogLevels configured = LogLevels.of(settings, problems);
		levels = configured;
		applyToJul(configured);
		problems.forEach(problem -> write(OWN_LOGGER, LogLevel.WARN, problem, null));
		// debug only: until the application opens the workspace, the framework writes entries to a file of their own
		// in the configuration folder, one more at every start
		log(OWN_LOGGER, LogLevel.DEBUG, "Log levels: " + configured, null); //$NON-NLS-1$
	}

	private void applyToJul(LogLevels configured) {
		levelledJulLoggers.forEach(logger -> logger.setLevel(null));
		levelledJulLoggers.clear();
		Logger.getLogger("").setLevel(configured.root().toJul()); //$NON-NLS-1$
		configured.byPrefix().forEach((prefix, level) -> {
			Logger logger = Logger.getLogger(prefix);
			logger.setLevel(level.toJul());
			levelledJulLoggers.add(logger);
		});
	}

	/** The levels in force. */
	static LogLevels levels() {
		return levels;
	}

	/** The log in force, or null while the bundle is not started. */
	static Logging current() {
		return current;
	}

	/** Writes one entry, if the logger's level admits it. */
	static void log(String loggerName, LogLevel level, String message, Throwable thrown) {
		if (levels.levelOf(loggerName).admits(level)) {
			write(loggerName, level, message, thrown);
		}
	}

	/** Writes one entry, whatever the levels. */
	static void write(String loggerName, LogLevel level, String message, Throwable thrown) {
		if (WRITING.get() != null) {
			return;
		}
		WRITING.set(Boolean.TRUE);
		try {
			Logging log = current;
			if (log != null) {
				log.writeToEclipseLog(loggerName, level, String.valueOf(message), thrown);
			} else if (LogLevel.WARN.admits(level)) {
				// between a stop and the next start: keep errors and warnings where they can still be seen
				PrintStream err = System.err;
				err.println(level + " " + loggerName + ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
				if (thrown != null) {
					thrown.printStackTrace(err);
				}
			}
		} finally {
			WRITING.remove();
		}
	}

	private void writeToEclipseLog(String loggerName, LogLevel level, String message, Throwable thrown) {
		String text = level.mark(message);
		// The entry names the logger (the .log's !ENTRY line shows it); the framework writes it to .metadata/.log and
		// org.eclipse.equinox.common hands it to ILog listeners as an IStatus of that plug-in id and severity.
		FrameworkLogEntry entry = new FrameworkLogEntry(loggerName, level.severity(), 0, text, 0, thrown, null);
		eclipseLog.log(entry, level.osgiLevel(), text, thrown);
	}
}
