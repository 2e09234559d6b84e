package org.carebench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.carebench.persistence.DatabaseSecrets;

/**
 * A TLS server on loopback with a certificate of its own, as someone posing as the Carebench server would run
 * it: counts the handshakes and whatever the client sends after them.
 */
final class Impostor implements AutoCloseable {
	private final SSLServerSocket listening;
	private final AtomicInteger handshakes = new AtomicInteger();
	private final AtomicInteger received = new AtomicInteger();

	Impostor(Path folder) throws Exception {
		java.nio.file.Files.createDirectories(folder);
		Path store = folder.resolve("impostor.p12"); //$NON-NLS-1$
		char[] password = DatabaseSecrets.randomSecret();
		ProcessBuilder keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"-genkeypair", "-alias", "x", "-keyalg", "RSA", "-dname", "CN=127.0.0.1", "-keystore", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				store.toString(), "-storetype", "PKCS12", "-storepass:env", "IMPOSTOR_PASSWORD") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.redirectErrorStream(true);
		keytool.environment().put("IMPOSTOR_PASSWORD", new String(password)); //$NON-NLS-1$
		Process made = keytool.start();
		made.getInputStream().readAllBytes();
		assertEquals(0, made.waitFor());
		KeyStore keys = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
		try (InputStream in = java.nio.file.Files.newInputStream(store)) {
			keys.load(in, password);
		}
		KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		managers.init(keys, password);
		SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
		context.init(managers.getKeyManagers(), null, null);
		listening = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
				InetAddress.getLoopbackAddress());
		Thread accepting = new Thread(() -> {
			while (!listening.isClosed()) {
				try (SSLSocket client = (SSLSocket) listening.accept()) {
					handshakes.incrementAndGet();
					client.startHandshake();
					byte[] buffer = new byte[8192];
					for (int read; (read = client.getInputStream().read(buffer)) > 0;) {
						received.addAndGet(read);
					}
				} catch (IOException refused) {
					// the client broke the handshake off, or we were closed
				}
			}
		}, "impostor"); //$NON-NLS-1$
		accepting.setDaemon(true);
		accepting.start();
	}

	int port() {
		return listening.getLocalPort();
	}

	int handshakes() {
		return handshakes.get();
	}

	int bytesReceived() {
		return received.get();
	}

	@Override
	public void close() throws IOException {
		listening.close();
	}
}
