package org.carebench.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509KeyManager;

import org.carebench.core.OwnerOnly;
import org.carebench.persistence.internal.Keytool;

/**
 * This workstation's own TLS key, for a server that lets in only the workstations it trusts (started with
 * {@code -peerAuthentication}): made by {@code carebench connect -certificate}, kept beside the user's secure
 * storage (owner-only) with its password inside it; its certificate goes to the server's administrator, who trusts
 * it with {@code carebench server trust}.
 */
public final class WorkstationCertificate {

	private static final String ALIAS = "carebench-workstation"; //$NON-NLS-1$
	private static final String PASSWORD_KEY = "workstation-key"; //$NON-NLS-1$

	private WorkstationCertificate() {
	}

	private static Path keyStore() {
		return DatabaseSecrets.local().folder().resolve("workstation.p12"); //$NON-NLS-1$
	}

	/** The certificate to give the server's administrator. */
	public static Path certificateFile() {
		return DatabaseSecrets.local().folder().resolve("workstation.crt"); //$NON-NLS-1$
	}

	/** This workstation's certificate, made with its key on the first call. */
	public static X509Certificate ensure() throws IOException, InterruptedException {
		DatabaseSecrets secrets = DatabaseSecrets.local();
		if (!Files.exists(keyStore()) || secrets.account(PASSWORD_KEY).isEmpty()) {
			OwnerOnly.createDirectories(secrets.folder());
			char[] password = DatabaseSecrets.randomSecret();
			secrets.saveAccount(PASSWORD_KEY, new DatabaseAccount("workstation", password)); //$NON-NLS-1$
			Keytool.newKey(keyStore(), password, ALIAS, "CN=" + name() + ", O=Carebench workstation", null, //$NON-NLS-1$ //$NON-NLS-2$
					certificateFile());
		}
		return ServerCertificates.read(certificateFile());
	}

	/** Which workstation and user the certificate is of, for the administrator who trusts it. */
	private static String name() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		} catch (UnknownHostException e) {
			host = "workstation"; //$NON-NLS-1$
		}
		return (System.getProperty("user.name") + "@" + host).replaceAll("[,=+<>#;\"\\\\]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Which key file and when it was last made: a change makes TLS read it again. */
	static String version() {
		Path file = keyStore();
		try {
			return file + "@" + Files.getLastModifiedTime(file).toMillis(); //$NON-NLS-1$
		} catch (IOException none) {
			return file + "@none"; //$NON-NLS-1$
		}
	}

	/** The key it presents to a server that asks for one, if it has one. */
	static Optional<X509KeyManager> keys() {
		Path file = keyStore();
		Optional<DatabaseAccount> password = DatabaseSecrets.local().account(PASSWORD_KEY);
		if (!Files.exists(file) || password.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
			store.load(in, password.get().password());
			KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			factory.init(store, password.get().password());
			for (KeyManager manager : factory.getKeyManagers()) {
				if (manager instanceof X509KeyManager keys) {
					return Optional.of(keys);
				}
			}
			return Optional.empty();
		} catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("This workstation's TLS key cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
