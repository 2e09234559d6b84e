package org.carebench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.carebench.core.internal.CoreSchema;
import org.carebench.core.model.Network;
import org.carebench.persistence.CarebenchServer;
import org.carebench.persistence.DatabaseAccount;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.ServerCertificates;
import org.carebench.persistence.TrustedWorkstations;
import org.carebench.persistence.WorkstationCertificate;
import org.carebench.persistence.internal.DatabaseComponent;
import org.carebench.persistence.internal.Keytool;
import org.carebench.testing.OwnRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with {@code -peerAuthentication} lets in only the workstations whose certificates its
 * administrator trusted ({@code carebench connect -certificate} on the workstation, {@code carebench server trust}
 * on the server), besides the account's password. The server runs in a JVM of its own; intruders too.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ClientCertificatesTest {

	private static final String ACCOUNT = "carebench_app"; //$NON-NLS-1$

	@TempDir
	static Path home;

	private SecretsFolder secrets;
	private String accountPassword;
	private OwnRuntime server;
	private String url;
	private final DatabaseComponent workstation = new DatabaseComponent();

	@BeforeAll
	void startServer() throws Exception {
		secrets = new SecretsFolder(home.resolve("workstation-secrets")); //$NON-NLS-1$
		WorkstationCertificate.ensure();
		accountPassword = new String(DatabaseSecrets.randomSecret());
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Path serverHome = home.resolve("server"); //$NON-NLS-1$
		server = OwnRuntime.start(home.resolve("server-runtime"), PeerAuthenticatedServer.class, //$NON-NLS-1$
				Map.of(DatabaseSecrets.LOCATION_PROPERTY, home.resolve("server-secrets").toString()), //$NON-NLS-1$
				serverHome.toString(), Integer.toString(port), WorkstationCertificate.certificateFile().toString());
		server.send(accountPassword);
		server.await(Duration.ofMinutes(3), "listening"); //$NON-NLS-1$
		url = "jdbc:derby://127.0.0.1:" + port + "/" + serverHome.resolve("carebench"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DatabaseSecrets.local().pinCertificate(url,
				ServerCertificates.read(serverHome.resolve("tls").resolve("server.crt"))); //$NON-NLS-1$ //$NON-NLS-2$
		workstation.addContribution(new CoreSchema());
	}

	@AfterEach
	void closeWorkstation() {
		workstation.close();
	}

	@AfterAll
	void stopServer() {
		if (server != null) {
			server.close();
		}
		secrets.close();
	}

	private DatabaseAccount account() {
		return new DatabaseAccount(ACCOUNT, accountPassword.toCharArray());
	}

	@Test
	void theWorkstationsKeyIsItsOwnersOnly() throws Exception {
		assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"), //$NON-NLS-1$
				Files.getPosixFilePermissions(DatabaseSecrets.local().folder().resolve("workstation.p12"))); //$NON-NLS-1$
	}

	@Test
	void aWorkstationTheServerTrustsGetsInWithItsKey() {
		workstation.open(DatabaseSettings.server(url).withAccount(account()));
		long id = workstation.write(em -> {
			Network network = new Network("Red de confianza"); //$NON-NLS-1$
			em.persist(network);
			return network.getId();
		});
		assertEquals("Red de confianza", workstation.read(em -> em.find(Network.class, id).toRef().name())); //$NON-NLS-1$
	}

	@Test
	void aClientWithTheRightPasswordButNoTrustedCertificateIsRefused() throws Exception {
		String none = ClientProcess.tryConnect(home, url, ACCOUNT, accountPassword, "basic"); //$NON-NLS-1$
		assertTrue(none.startsWith("refused"), "no certificate: " + none); //$NON-NLS-1$ //$NON-NLS-2$

		Path strangerStore = home.resolve("stranger.p12"); //$NON-NLS-1$
		char[] strangerPassword = DatabaseSecrets.randomSecret();
		Keytool.newKey(strangerStore, strangerPassword, "stranger", "CN=stranger", null, //$NON-NLS-1$ //$NON-NLS-2$
				home.resolve("stranger.crt")); //$NON-NLS-1$
		String stranger = ClientProcess.tryConnect(home, url, ACCOUNT, accountPassword, "basic", //$NON-NLS-1$
				keyStore(strangerStore, strangerPassword));
		assertTrue(stranger.startsWith("refused"), "a certificate the server does not trust: " + stranger); //$NON-NLS-1$ //$NON-NLS-2$

		char[] trustedPassword = DatabaseSecrets.local().account("workstation-key").orElseThrow().password(); //$NON-NLS-1$
		String trusted = ClientProcess.tryConnect(home, url, ACCOUNT, accountPassword, "basic", //$NON-NLS-1$
				keyStore(DatabaseSecrets.local().folder().resolve("workstation.p12"), trustedPassword)); //$NON-NLS-1$
		assertEquals("connected", trusted, "the same client with the trusted key gets in: the refusals were real"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aWorkstationWhoseKeyWasReplacedIsRefusedUntilTrustedAgain() throws Exception {
		Path trusted = DatabaseSecrets.local().folder();
		try (SecretsFolder other = new SecretsFolder(home.resolve("other-workstation"))) { //$NON-NLS-1$
			WorkstationCertificate.ensure();
			DatabaseSecrets.local().pinCertificate(url, DatabaseSecrets.at(trusted).pinnedCertificate(url).orElseThrow());
			DatabaseException refused = assertThrows(DatabaseException.class,
					() -> workstation.open(DatabaseSettings.server(url).withAccount(account())));
			assertEquals(DatabaseException.Problem.WORKSTATION_NOT_TRUSTED, refused.problem(), refused.getMessage());
		}
	}

	@Test
	void aServerWithPeerAuthenticationStartsOnlyOnceItTrustsAWorkstation() throws Exception {
		Path untrusting = home.resolve("untrusting"); //$NON-NLS-1$
		Path certificate = WorkstationCertificate.certificateFile();
		TrustedWorkstations.trust(untrusting, certificate);
		assertTrue(TrustedWorkstations.distrust(untrusting, certificate));
		assertFalse(TrustedWorkstations.distrust(untrusting, certificate), "it is no longer there"); //$NON-NLS-1$
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> CarebenchServer.start(new CarebenchServer.Settings(untrusting, "127.0.0.1", 1527, "carebench", //$NON-NLS-1$ //$NON-NLS-2$
						ACCOUNT, true, true), new DatabaseComponent(), () -> null, new PrintWriter(new StringWriter())));
		assertTrue(refused.getMessage().contains("carebench server trust"), refused.getMessage()); //$NON-NLS-1$
		assertFalse(Files.exists(untrusting.resolve("carebench")), "no database was made"); //$NON-NLS-1$
	}

	private static Map<String, String> keyStore(Path store, char[] password) {
		return Map.of("javax.net.ssl.keyStore", store.toString(), "javax.net.ssl.keyStoreType", "PKCS12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"javax.net.ssl.keyStorePassword", new String(password)); //$NON-NLS-1$
	}
}
