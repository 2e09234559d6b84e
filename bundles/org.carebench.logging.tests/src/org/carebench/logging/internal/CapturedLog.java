package org.carebench.logging.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * The Eclipse log's entries of some loggers, as every Eclipse log listener receives them (the platform's listeners
 * see what is written to .metadata/.log).
 */
final class CapturedLog implements ILogListener, AutoCloseable {

	private final String loggerPrefix;
	private final List<IStatus> entries = new CopyOnWriteArrayList<>();

	/** Captures the entries of the loggers whose names start with {@code loggerPrefix}. */
	CapturedLog(String loggerPrefix) {
		this.loggerPrefix = loggerPrefix;
		Platform.addLogListener(this);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		if (status.getPlugin() != null && status.getPlugin().startsWith(loggerPrefix)) {
			entries.add(status);
		}
	}

	List<IStatus> entries() {
		return List.copyOf(entries);
	}

	/** The entries as "logger severity message" lines, for assertions that show the whole log when they fail. */
	List<String> lines() {
		return entries.stream().map(CapturedLog::line).toList();
	}

	static String line(IStatus status) {
		return status.getPlugin() + " " + severity(status) + " " + status.getMessage();
	}

	private static String severity(IStatus status) {
		return switch (status.getSeverity()) {
		case IStatus.ERROR -> "ERROR";
		case IStatus.WARNING -> "WARNING";
		case IStatus.INFO -> "INFO";
		default -> String.valueOf(status.getSeverity());
		};
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}
}
