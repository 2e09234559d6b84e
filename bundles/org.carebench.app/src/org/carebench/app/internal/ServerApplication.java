package org.carebench.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.carebench.core.Session;
import org.carebench.persistence.CarebenchServer;
import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Backup;
import org.carebench.persistence.DatabaseBackups.Verification;
import org.carebench.persistence.Database;
import org.carebench.persistence.ServerCertificates;
import org.carebench.persistence.TrustedWorkstations;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

/**
 * {@code carebench server -host <address> [-port 1527] [-home <folder>] [-database carebench] [-account
 * carebench_app] [-peerAuthentication]}: the database several workstations share, secured (see
 * {@link CarebenchServer}). The first start creates the database and asks the workstations' account password
 * (CAREBENCH_ACCOUNT_PASSWORD or the terminal). Runs until stopped (Ctrl+C, or the service manager's stop); exits
 * 2 when it cannot start. With {@code -peerAuthentication} it lets in only the workstations whose certificates
 * were trusted with {@code carebench server trust <certificate>}.
 */
public class ServerApplication implements IApplication {

	/** Where the first start reads the workstations' account password when no terminal is there to ask. */
	static final String ACCOUNT_PASSWORD_VARIABLE = "CAREBENCH_ACCOUNT_PASSWORD"; //$NON-NLS-1$
	static final String DEFAULT_ACCOUNT = "carebench_app"; //$NON-NLS-1$

	private final CountDownLatch stopped = new CountDownLatch(1);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		PrintStream out = System.out;
		AdminCommandLine line = AdminCommandLine.of(Platform.getApplicationArgs());
		Path home = line.value("-home").map(Paths::get) //$NON-NLS-1$
				.orElse(Paths.get(System.getProperty("user.home"), ".carebench", "server")).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String databaseName = line.value("-database").orElse("carebench"); //$NON-NLS-1$ //$NON-NLS-2$
		if (line.operand(0, "-home", "-database").filter("restore"::equals).isPresent()) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return restore(out, home.resolve(databaseName), line.operand(1, "-home", "-database")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Optional<String> verb = line.operand(0, "-home", "-database"); //$NON-NLS-1$ //$NON-NLS-2$
		if (verb.filter(v -> v.equals("trust") || v.equals("distrust")).isPresent()) { //$NON-NLS-1$ //$NON-NLS-2$
			return trust(out, home, verb.get().equals("trust"), line.operand(1, "-home", "-database")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String host = line.value("-host").orElse(null); //$NON-NLS-1$
		if (host == null) {
			out.println(Messages.Server_needsHost);
			return VerifyLogApplication.CANNOT_CHECK;
		}
		String account = line.value("-account").orElse(DEFAULT_ACCOUNT); //$NON-NLS-1$
		CarebenchServer.Settings settings;
		try {
			settings = new CarebenchServer.Settings(home, host, Integer.parseInt(line.value("-port").orElse("1527")), //$NON-NLS-1$ //$NON-NLS-2$
					databaseName, account, line.flag("-peerAuthentication"), line.flag("-allowRoot")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			out.println(NLS.bind(Messages.Server_cannotStart, e.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		}
		CarebenchServer server;
		try {
			server = CarebenchServer.start(settings, Services.get(Database.class),
					() -> AdminCommandLine.secret(ACCOUNT_PASSWORD_VARIABLE,
							NLS.bind(Messages.Server_accountPasswordPrompt, account), Messages.Server_passwordAgain)
							.orElse(null),
					new PrintWriter(out, true));
		} catch (Exception e) {
			out.println(NLS.bind(Messages.Server_cannotStart, e.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		}
		ScheduledExecutorService backups = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "carebench-server-backups"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		// the server's own database, backed up on the server as a workstation's is (Derby's online backup)
		backups.scheduleWithFixedDelay(() -> backUp(out), 10, TimeUnit.HOURS.toMinutes(
				Math.max(1, Integer.getInteger(ScheduledBackups.HOURS_PROPERTY, 24))), TimeUnit.MINUTES);
		Thread closing = new Thread(() -> close(server), "carebench-server-stop"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(closing);
		out.println(NLS.bind(Messages.Server_started, new Object[] { settings.url(), account,
				ServerCertificates.fingerprint(ServerCertificates.read(settings.certificate())) }));
		stopped.await();
		backups.shutdownNow();
		Runtime.getRuntime().removeShutdownHook(closing);
		close(server);
		out.println(Messages.Server_stopped);
		return EXIT_OK;
	}

	/**
	 * {@code carebench server restore [<backup folder>]}, with the server stopped: lists the backups of the server's
	 * database (checking the newest), or checks the one named and puts it in the database's place.
	 */
	private static Object restore(PrintStream out, Path directory, java.util.Optional<String> chosen) {
		Database database = Services.get(Database.class);
		DatabaseBackups backups = Services.get(DatabaseBackups.class);
		Session session = Services.get(Session.class);
		try {
			database.open(CarebenchServer.ownerSettings(directory));
			return session.runAsSystem(Messages.Restore_title, () -> {
				java.util.List<Backup> all = backups.list();
				if (chosen.isEmpty()) {
					all.forEach(backup -> out.println(NLS.bind(Messages.Server_backupListed, new Object[] {
							backup.folder(), BackupDescriptions.when(backup), BackupDescriptions.cases(backup) })));
					out.println(all.isEmpty() ? Messages.Server_noBackups : Messages.Server_restoreUsage);
					return EXIT_OK;
				}
				Path folder = Paths.get(chosen.get()).toAbsolutePath().normalize();
				Backup backup = all.stream().filter(b -> b.folder().equals(folder)).findFirst()
						.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Server_noSuchBackup, folder)));
				Path replaced = backups.restore(backup);
				out.println(NLS.bind(Messages.Server_restored, BackupDescriptions.when(backup), replaced));
				return EXIT_OK;
			});
		} catch (RuntimeException refused) {
			out.println(NLS.bind(Messages.Server_cannotStart, refused.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		} finally {
			database.close();
		}
	}

	/**
	 * {@code carebench server trust|distrust <certificate>}: lets the workstation whose certificate that is connect
	 * to a server started with {@code -peerAuthentication}, or no longer (from the server's next start).
	 */
	private static Object trust(PrintStream out, Path home, boolean trust, Optional<String> certificate) {
		if (certificate.isEmpty()) {
			out.println(Messages.Server_trustUsage);
			return VerifyLogApplication.CANNOT_CHECK;
		}
		Path file = Paths.get(certificate.get()).toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			out.println(NLS.bind(Messages.Server_trustFailed, file, Messages.Server_noSuchFile));
			return VerifyLogApplication.CANNOT_CHECK;
		}
		try {
			if (trust) {
				out.println(NLS.bind(Messages.Server_trusted, file, TrustedWorkstations.trust(home, file)));
			} else if (TrustedWorkstations.distrust(home, file)) {
				out.println(NLS.bind(Messages.Server_distrusted, file));
			} else {
				out.println(NLS.bind(Messages.Server_notTrusted, file));
			}
			return EXIT_OK;
		} catch (IOException | IllegalStateException e) {
			out.println(NLS.bind(Messages.Server_trustFailed, file, e.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return VerifyLogApplication.CANNOT_CHECK;
		}
	}

	/** One backup of the server's database, as the system; its outcome goes to the server's output. */
	private static void backUp(PrintStream out) {
		try {
			Verification taken = Services.get(Session.class).runAsSystem(Messages.Backup_scheduledJob,
					() -> Services.get(DatabaseBackups.class).backUp(ScheduledBackups.kept()));
			out.println(taken.sound()
					? NLS.bind(Messages.Server_backedUp, taken.backup().folder())
					: NLS.bind(Messages.Backup_unsound, taken.backup().folder(), String.join("; ", taken.problems()))); //$NON-NLS-1$
		} catch (RuntimeException e) {
			out.println(NLS.bind(Messages.Backup_unsound, "-", e.getMessage())); //$NON-NLS-1$
		}
	}

	private static void close(CarebenchServer server) {
		try {
			server.close();
		} catch (Exception e) {
			System.out.println(e.getMessage());
		}
	}

	@Override
	public void stop() {
		stopped.countDown();
	}
}
