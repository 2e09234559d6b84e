package org.carebench.app.internal;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

import org.carebench.core.CarebenchException;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseAccount;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.ServerCertificates;
import org.carebench.persistence.WorkstationCertificate;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * {@code carebench connect jdbc:derby://<host>:<port>/<database> [-account carebench_app] [-fingerprint <SHA-256>]
 * [-certificate]}:
 * makes this workstation use a Carebench server. The administrator confirms the server's certificate by its
 * fingerprint (printed by {@code carebench server}), typed on the terminal or given; the workstation then trusts
 * that server and no other. Asks the account's password (CAREBENCH_ACCOUNT_PASSWORD or the terminal), opens the
 * database with it (so a server without a password or TLS, a wrong password, or an older server is said now), then
 * keeps the account in this computer's secure storage and the URL in the workbench's preferences. With
 * {@code -certificate} (alone or with a URL) it first makes this workstation's own key, for a server that lets in
 * only the workstations it trusts, and says where its certificate is. Exits 0, or 2.
 */
public class ConnectApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = System.out;
		AdminCommandLine line = AdminCommandLine.of(Platform.getApplicationArgs());
		Optional<String> url = line.operand(0, "-account", "-fingerprint") //$NON-NLS-1$ //$NON-NLS-2$
				.filter(u -> u.startsWith("jdbc:derby://")); //$NON-NLS-1$
		if (line.flag("-certificate")) { //$NON-NLS-1$
			try {
				X509Certificate own = WorkstationCertificate.ensure();
				out.println(NLS.bind(Messages.Connect_certificate, WorkstationCertificate.certificateFile(),
						ServerCertificates.fingerprint(own)));
			} catch (IOException | IllegalStateException e) {
				out.println(NLS.bind(Messages.Connect_failed, e.getMessage()));
				return VerifyLogApplication.CANNOT_CHECK;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return VerifyLogApplication.CANNOT_CHECK;
			}
			if (url.isEmpty()) {
				return EXIT_OK;
			}
		}
		if (url.isEmpty()) {
			out.println(Messages.Connect_usage);
			return VerifyLogApplication.CANNOT_CHECK;
		}
		String user = line.value("-account").orElse(ServerApplication.DEFAULT_ACCOUNT); //$NON-NLS-1$
		X509Certificate certificate;
		try {
			certificate = ServerCertificates.fetch(url.get());
		} catch (IOException | IllegalArgumentException unreachable) {
			out.println(NLS.bind(Messages.Connect_failed, unreachable.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		}
		if (!confirmed(out, certificate, line.value("-fingerprint"))) { //$NON-NLS-1$
			return VerifyLogApplication.CANNOT_CHECK;
		}
		Optional<char[]> password = AdminCommandLine.secret(ServerApplication.ACCOUNT_PASSWORD_VARIABLE,
				NLS.bind(Messages.Connect_passwordPrompt, user, url.get()), null);
		if (password.isEmpty()) {
			out.println(Messages.Connect_noPassword);
			return VerifyLogApplication.CANNOT_CHECK;
		}
		DatabaseAccount account = new DatabaseAccount(user, password.get());
		Arrays.fill(password.get(), ' ');
		Database database = Services.get(Database.class);
		try {
			DatabaseSettings settings = DatabaseSettings.server(url.get());
			// pinned first: opening checks the server against it, before the password goes out
			DatabaseSecrets.local().pinCertificate(url.get(), certificate);
			database.open(settings.withAccount(account));
			DatabaseSecrets secrets = DatabaseSecrets.local();
			secrets.saveAccount(url.get(), account);
			InstanceScope.INSTANCE.getNode(AppPreferences.NODE).put(AppPreferences.DATABASE, url.get());
			InstanceScope.INSTANCE.getNode(AppPreferences.NODE).flush();
			out.println(NLS.bind(Messages.Connect_done, new Object[] { settings.describe(), user, secrets.folder() }));
			return EXIT_OK;
		} catch (CarebenchException | IllegalArgumentException | BackingStoreException refused) {
			out.println(NLS.bind(Messages.Connect_failed, refused.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		} finally {
			database.close();
		}
	}

	/**
	 * Whether the administrator confirmed that {@code certificate} is the server's: the fingerprint given with
	 * {@code -fingerprint} must be its own, else he answers on the terminal after comparing it with what
	 * {@code carebench server} printed.
	 */
	private static boolean confirmed(PrintStream out, X509Certificate certificate, Optional<String> given) {
		String fingerprint = ServerCertificates.fingerprint(certificate);
		if (given.isPresent()) {
			if (ServerCertificates.matches(certificate, given.get())) {
				return true;
			}
			out.println(NLS.bind(Messages.Connect_fingerprintDiffers, fingerprint, given.get()));
			return false;
		}
		Console console = System.console();
		if (console == null) {
			out.println(NLS.bind(Messages.Connect_needsFingerprint, fingerprint));
			return false;
		}
		String answer = console.readLine("%s", NLS.bind(Messages.Connect_confirmFingerprint, fingerprint)); //$NON-NLS-1$
		if (answer != null && ServerCertificates.matches(certificate, answer)) {
			return true;
		}
		out.println(Messages.Connect_notConfirmed);
		return false;
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
