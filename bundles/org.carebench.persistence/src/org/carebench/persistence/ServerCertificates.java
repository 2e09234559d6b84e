package org.carebench.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;

/**
 * Who the Carebench server is: a workstation trusts exactly the certificate its administrator confirmed with
 * {@code carebench connect} (its SHA-256 fingerprint, printed by {@code carebench server}), kept in secure storage.
 * Derby's client checks no host name and its "basic" TLS checks no certificate at all, so anyone between the
 * workstation and the server could otherwise pose as the server and collect the account's password.
 * <p>
 * Derby's client takes the JVM's default TLS context; the one installed here checks a Derby connection's server
 * against the pinned certificate while Carebench opens it ({@link #expect}), and leaves every other TLS connection
 * of the JVM to Java's own trust.
 */
public final class ServerCertificates {

	private static final ThreadLocal<X509Certificate> EXPECTED = new ThreadLocal<>();
	private static volatile boolean installed;

	private ServerCertificates() {
	}

	/** SHA-256 of the certificate, as {@code AB:CD:…}: what an administrator compares. */
	public static String fingerprint(Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()); //$NON-NLS-1$
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); //$NON-NLS-1$
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code typed} (colons, spaces and case aside) is {@code certificate}'s fingerprint. */
	public static boolean matches(Certificate certificate, String typed) {
		return normalized(fingerprint(certificate)).equals(normalized(typed));
	}

	private static String normalized(String fingerprint) {
		return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A PEM or DER certificate file, such as the server's {@code tls/server.crt}. */
	public static X509Certificate read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in); //$NON-NLS-1$
		} catch (CertificateException e) {
			throw new IOException("Not a certificate: " + file, e); //$NON-NLS-1$
		}
	}

	/**
	 * The certificate the server at {@code serverUrl} shows, fetched without trusting it: for an administrator to
	 * compare its fingerprint with the server's before {@link DatabaseSecrets#pinCertificate pinning} it.
	 */
	public static X509Certificate fetch(String serverUrl) throws IOException {
		URI address = URI.create(serverUrl.substring("jdbc:".length())); //$NON-NLS-1$
		int port = address.getPort() < 0 ? 1527 : address.getPort();
		try {
			Recording recording = new Recording();
			SSLContext anyone = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			anyone.init(null, new TrustManager[] { recording }, null);
			try (SSLSocket socket = (SSLSocket) anyone.getSocketFactory().createSocket()) {
				socket.connect(new InetSocketAddress(address.getHost(), port), 10_000);
				socket.setSoTimeout(10_000);
				socket.startHandshake();
				return (X509Certificate) socket.getSession().getPeerCertificates()[0];
			} catch (SSLException refused) {
				// a server that lets in only trusted workstations ends the handshake after showing its certificate
				if (recording.shown != null) {
					return recording.shown;
				}
				throw refused;
			}
		} catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
	}

	/**
	 * Runs {@code connecting} with {@code pinned} as the only server certificate a Derby connection opened in it
	 * accepts.
	 */
	public static <T, E extends Exception> T expect(X509Certificate pinned, Opening<T, E> connecting) throws E {
		install();
		X509Certificate previous = EXPECTED.get();
		EXPECTED.set(pinned);
		try {
			return connecting.open();
		} finally {
			EXPECTED.set(previous);
		}
	}

	/** What {@link #expect} runs. */
	@FunctionalInterface
	public interface Opening<T, E extends Exception> {
		T open() throws E;
	}

	/**
	 * Replaces the JVM's default TLS context with one whose trust checks pinned servers; its keys are Java's (a
	 * server's) and the workstation's own.
	 */
	private static synchronized void install() {
		if (installed) {
			return;
		}
		try {
			TrustManagerFactory javaTrust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			javaTrust.init((KeyStore) null);
			X509TrustManager fallback = null;
			for (TrustManager manager : javaTrust.getTrustManagers()) {
				if (manager instanceof X509TrustManager x509) {
					fallback = x509;
				}
			}
			SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			context.init(new KeyManager[] { new ServerAndWorkstationKeys(javaKeys()) },
					new TrustManager[] { new PinnedOrJava(fallback) }, null);
			SSLContext.setDefault(context);
			installed = true;
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("TLS cannot be set up: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * The key of {@code javax.net.ssl.keyStore}, as Java's own default context takes it (a server's), or null when
	 * there is none.
	 */
	private static X509KeyManager javaKeys() throws GeneralSecurityException, IOException {
		String file = System.getProperty("javax.net.ssl.keyStore"); //$NON-NLS-1$
		if (file == null) {
			return null;
		}
		char[] password = System.getProperty("javax.net.ssl.keyStorePassword", "").toCharArray(); //$NON-NLS-1$ //$NON-NLS-2$
		KeyStore store = KeyStore.getInstance(System.getProperty("javax.net.ssl.keyStoreType", "PKCS12")); //$NON-NLS-1$ //$NON-NLS-2$
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			store.load(in, password);
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, password);
		for (KeyManager manager : keys.getKeyManagers()) {
			if (manager instanceof X509KeyManager x509) {
				return x509;
			}
		}
		return null;
	}

	/**
	 * A server's key for the server side of a connection, and this workstation's own key
	 * ({@link WorkstationCertificate}) for a server that asks for one; the latter looked up when asked, as
	 * {@code carebench connect -certificate} may make it after this context is installed.
	 */
	private static final class ServerAndWorkstationKeys extends X509ExtendedKeyManager {
		private final X509KeyManager server;
		private String read = ""; //$NON-NLS-1$
		private Optional<X509KeyManager> workstation = Optional.empty();

		ServerAndWorkstationKeys(X509KeyManager server) {
			this.server = server;
		}

		/** The workstation's key, read again when its file changed. */
		private synchronized Optional<X509KeyManager> workstation() {
			String version = WorkstationCertificate.version();
			if (!version.equals(read)) {
				workstation = WorkstationCertificate.keys();
				read = version;
			}
			return workstation;
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			return workstation().map(keys -> keys.chooseClientAlias(keyType, issuers, socket)).orElse(null);
		}

		@Override
		public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
			return chooseClientAlias(keyType, issuers, null);
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return workstation().map(keys -> keys.getClientAliases(keyType, issuers)).orElse(null);
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return server == null ? null : server.chooseServerAlias(keyType, issuers, socket);
		}

		@Override
		public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
			return chooseServerAlias(keyType, issuers, null);
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return server == null ? null : server.getServerAliases(keyType, issuers);
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			X509Certificate[] chain = workstation().map(keys -> keys.getCertificateChain(alias)).orElse(null);
			return chain != null || server == null ? chain : server.getCertificateChain(alias);
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			PrivateKey key = workstation().map(keys -> keys.getPrivateKey(alias)).orElse(null);
			return key != null || server == null ? key : server.getPrivateKey(alias);
		}
	}

	private static final class PinnedOrJava implements X509TrustManager {
		private final X509TrustManager java;

		PinnedOrJava(X509TrustManager java) {
			this.java = java;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			X509Certificate pinned = EXPECTED.get();
			if (pinned == null) {
				java.checkServerTrusted(chain, authType);
			} else if (chain.length == 0 || !chain[0].equals(pinned)) {
				throw new CertificateException("Not the Carebench server this workstation was connected to: its" //$NON-NLS-1$
						+ " certificate " + (chain.length == 0 ? "is missing" : fingerprint(chain[0])) //$NON-NLS-1$ //$NON-NLS-2$
						+ " is not the one confirmed, " + fingerprint(pinned)); //$NON-NLS-1$
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			java.checkClientTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return java.getAcceptedIssuers();
		}
	}

	/** Accepts whatever the server shows: only for {@link #fetch}, whose result a person compares. */
	private static final class Recording implements X509TrustManager {
		volatile X509Certificate shown;

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			// compared by the administrator, not here
			shown = chain.length == 0 ? null : chain[0];
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("not a server"); //$NON-NLS-1$
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
