package org.carebench.persistence.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.carebench.core.internal.CoreSchema;
import org.carebench.persistence.CarebenchServer;
import org.carebench.persistence.TrustedWorkstations;
import org.carebench.persistence.internal.DatabaseComponent;

/**
 * A Carebench server started with {@code -peerAuthentication}, in a runtime of its own
 * ({@link org.carebench.testing.OwnRuntime}: a JVM takes its TLS keys and trust once): trusts the workstation
 * certificates it is given, says "listening" and runs until its input ends.
 */
public final class PeerAuthenticatedServer {

	private PeerAuthenticatedServer() {
	}

	/** Its home, its port, then the certificates to trust; the account's password comes on its input. */
	public static void main(String[] arguments) throws Exception {
		Path home = Path.of(arguments[0]);
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		char[] accountPassword = input.readLine().toCharArray();
		for (int i = 2; i < arguments.length; i++) {
			TrustedWorkstations.trust(home, Path.of(arguments[i]));
		}
		DatabaseComponent database = new DatabaseComponent();
		database.addContribution(new CoreSchema());
		try (CarebenchServer server = CarebenchServer.start(new CarebenchServer.Settings(home, "127.0.0.1", //$NON-NLS-1$
				Integer.parseInt(arguments[1]), "carebench", "carebench_app", true, true), database, //$NON-NLS-1$ //$NON-NLS-2$
				() -> accountPassword, new PrintWriter(System.out, true))) {
			System.out.println("listening"); //$NON-NLS-1$
			input.readLine();
		}
	}
}
