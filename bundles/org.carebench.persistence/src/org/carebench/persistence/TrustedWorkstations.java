package org.carebench.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;

import org.carebench.core.OwnerOnly;
import org.carebench.persistence.internal.Keytool;

/**
 * The workstations a Carebench server started with {@code -peerAuthentication} lets in: their certificates, which
 * its administrator trusted one by one ({@code carebench server trust}), in a PKCS12 trust store in its home whose
 * password is kept in the server's secure storage.
 */
public final class TrustedWorkstations {

	private TrustedWorkstations() {
	}

	/**
	 * Lets the workstation whose certificate is in {@code certificate} connect to the server of {@code home} when it
	 * runs with peerAuthentication (from its next start); returns the certificate's fingerprint, for the
	 * administrator to compare with the one the workstation printed.
	 */
	public static String trust(Path home, Path certificate) throws IOException, InterruptedException {
		String fingerprint = ServerCertificates.fingerprint(ServerCertificates.read(certificate));
		Path store = store(home);
		OwnerOnly.createDirectories(store.getParent());
		Keytool.trust(store, password(home, DatabaseSecrets.local()), alias(fingerprint), certificate);
		return fingerprint;
	}

	/**
	 * Stops trusting the workstation whose certificate is in {@code certificate} (from the server's next start);
	 * whether it was trusted.
	 */
	public static boolean distrust(Path home, Path certificate) throws IOException, InterruptedException {
		String fingerprint = ServerCertificates.fingerprint(ServerCertificates.read(certificate));
		return Keytool.distrust(store(home), password(home, DatabaseSecrets.local()),
				alias(fingerprint));
	}

	private static String alias(String fingerprint) {
		return "workstation-" + fingerprint.replace(":", "").substring(0, 16).toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** How many workstations' certificates the server of {@code home} trusts. */
	static int count(Path home, DatabaseSecrets secrets) throws IOException {
		Path store = store(home);
		if (!Files.exists(store)) {
			return 0;
		}
		try (InputStream in = Files.newInputStream(store)) {
			KeyStore certificates = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
			certificates.load(in, password(home, secrets));
			return certificates.size();
		} catch (GeneralSecurityException e) {
			throw new IOException("The server's trusted workstations cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	static Path store(Path home) {
		return home.resolve("tls").resolve("trusted-workstations.p12"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The trust store's password, made with the store and kept in the server's secure storage. */
	static char[] password(Path home, DatabaseSecrets secrets) {
		String key = "server-truststore:" + home.toAbsolutePath().normalize(); //$NON-NLS-1$
		return secrets.account(key).map(DatabaseAccount::password).orElseGet(() -> {
			char[] password = DatabaseSecrets.randomSecret();
			secrets.saveAccount(key, new DatabaseAccount("truststore", password)); //$NON-NLS-1$
			return password;
		});
	}
}
