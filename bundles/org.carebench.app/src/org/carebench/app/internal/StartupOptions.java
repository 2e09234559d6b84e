package org.carebench.app.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.carebench.demo.DemoData;
import org.carebench.persistence.DatabaseSettings;

/**
 * What the command line (and the preferences) ask of this start:
 * <ul>
 * <li>{@code -carebench.db <folder | jdbc:derby://host:port/name>} the database (else the preference, else
 * {@code ~/.carebench/database})</li>
 * <li>{@code -carebench.db.create} allows creating a new database in the folder given</li>
 * <li>{@code -carebench.demo <n>} loads n demo cases into a database that has none</li>
 * <li>{@code -carebench.user <login>} with the password in the environment variable {@code CAREBENCH_PASSWORD}
 * signs in without the dialog (for headless runs; the login alone fills the dialog in); with {@code -carebench.demo},
 * the demo's published password is tried.
 * A password is never taken from the command line, which other users of the machine and the log can read:
 * {@code -carebench.password} is refused</li>
 * <li>{@code -carebench.screenshot <file.png>} saves a screenshot once the workbench is ready, then exits</li>
 * </ul>
 */
record StartupOptions(DatabaseSettings database, long demoCases, Optional<String> userLogin,
		Optional<String> password, boolean passwordOnCommandLine, Optional<Path> screenshot) {

	/** Where an unattended sign-in finds its password. */
	static final String PASSWORD_VARIABLE = "CAREBENCH_PASSWORD"; //$NON-NLS-1$

	static StartupOptions parse(String[] args, Optional<String> preferredDatabase) {
		String database = null;
		boolean create = false;
		long demo = 0;
		String user = null;
		boolean passwordOnCommandLine = false;
		Path screenshot = null;
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "-carebench.db" -> { //$NON-NLS-1$
					database = value;
					i++;
				}
				case "-carebench.db.create" -> create = true; //$NON-NLS-1$
				case "-carebench.demo" -> { //$NON-NLS-1$
					demo = value == null ? 0 : Long.parseLong(value);
					i++;
				}
				case "-carebench.user" -> { //$NON-NLS-1$
					user = value;
					i++;
				}
				case "-carebench.password" -> { //$NON-NLS-1$
					// refused, and its value never kept
					passwordOnCommandLine = true;
					i++;
				}
				case "-carebench.screenshot" -> { //$NON-NLS-1$
					screenshot = value == null ? null : Paths.get(value);
					i++;
				}
				default -> {
					// options of Equinox and the workbench
				}
			}
		}
		DatabaseSettings settings;
		if (database != null && !database.isBlank()) {
			settings = DatabaseSettings.parse(database, create);
		} else if (preferredDatabase.isPresent() && !preferredDatabase.get().isBlank()) {
			settings = DatabaseSettings.parse(preferredDatabase.get(), create);
		} else {
			settings = DatabaseSettings.userDefault();
		}
		Optional<String> password = Optional.ofNullable(System.getenv(PASSWORD_VARIABLE))
				.filter(given -> !given.isEmpty());
		if (password.isEmpty() && demo > 0) {
			// a demonstration (or a UI test) signs its demo user in with the demo's published password
			password = Optional.of(DemoData.PASSWORD);
		}
		return new StartupOptions(settings, demo, Optional.ofNullable(user), password, passwordOnCommandLine,
				Optional.ofNullable(screenshot));
	}
}
