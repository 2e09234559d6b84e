package org.carebench.app.internal;

import java.io.Console;
import java.io.PrintStream;

import org.carebench.core.ActivityLog;
import org.carebench.core.AuthenticationService;
import org.carebench.core.CarebenchException;
import org.carebench.core.ChainReport;
import org.carebench.core.LogCheckpoint;
import org.carebench.core.LogCheckpoints;
import org.carebench.persistence.Database;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

/**
 * {@code carebench -application org.carebench.app.verifyLog -carebench.user <admin>}: checks the hash chain of
 * every case's activity log and prints where it breaks. Exits 0 when the log is intact, 1 when it is broken, 2
 * when it cannot check (no database, wrong password, not an administrator). The password comes from
 * {@code CAREBENCH_PASSWORD}, else it is asked on the console; never from the command line.
 */
public class VerifyLogApplication implements IApplication {

	static final int INTACT = 0;
	static final int BROKEN = 1;
	static final int CANNOT_CHECK = 2;

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = System.out;
		StartupOptions options = StartupOptions.parse(Platform.getApplicationArgs(), AppPreferences.database());
		try {
			Services.get(Database.class).open(options.database());
			String login = options.userLogin().orElse(null);
			if (login == null) {
				out.println(Messages.Verify_needsUser);
				return CANNOT_CHECK;
			}
			if (options.passwordOnCommandLine()) {
				out.println(Messages.Startup_passwordOnCommandLine);
				return CANNOT_CHECK;
			}
			char[] password = password(options);
			if (password == null) {
				out.println(Messages.Verify_needsPassword);
				return CANNOT_CHECK;
			}
			Services.get(AuthenticationService.class).signIn(login, password);
			out.println(NLS.bind(Messages.Verify_checking, options.database().describe()));
			LogCheckpoints checkpoints = LogCheckpoints.forDatabase(options.database().describe());
			LogCheckpoint last;
			try {
				last = checkpoints.last().orElse(null);
			} catch (CarebenchException forged) {
				out.println(forged.getMessage());
				return BROKEN;
			}
			ChainReport report = Services.get(ActivityLog.class).verify(last);
			out.println(summary(report));
			if (report.breaks().isEmpty()) {
				// only an intact log becomes the next comparison: a break stays reported until it is dealt with
				checkpoints.keep(report.checkpoint());
				out.println(Messages.Verify_intact);
				out.println(NLS.bind(Messages.Verify_checkpoint, checkpoints.folder()));
				return INTACT;
			}
			report.breaks().forEach(broken -> out.println(describe(broken)));
			out.println(NLS.bind(Messages.Verify_broken, report.breaks().size()));
			return BROKEN;
		} catch (CarebenchException refused) {
			out.println(refused.getMessage());
			return CANNOT_CHECK;
		} finally {
			Services.optional(Database.class).ifPresent(Database::close);
		}
	}

	/** What was checked, in the user's language. */
	static String summary(ChainReport report) {
		return NLS.bind(Messages.Verify_summary, new Object[] { report.entries(), report.cases(), report.unchained(),
				report.administrationEntries() });
	}

	/** Where a chain breaks, in the user's language. */
	static String describe(ChainReport.Break broken) {
		return ChainReport.ADMINISTRATION.equals(broken.log())
				? NLS.bind(Messages.Verify_administrationBreak, broken.entryId(), broken.reason())
				: NLS.bind(Messages.Verify_break, new Object[] { broken.caseId(), broken.entryId(), broken.reason() });
	}

	/** The password of an unattended run: the environment's, else asked on the console; {@code null} if neither. */
	static char[] password(StartupOptions options) {
		if (options.password().isPresent()) {
			return options.password().get().toCharArray();
		}
		Console console = System.console();
		return console == null ? null : console.readPassword(Messages.Verify_passwordPrompt);
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
