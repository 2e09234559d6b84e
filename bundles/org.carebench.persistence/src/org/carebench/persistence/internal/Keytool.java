package org.carebench.persistence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's keytool, which makes Carebench's TLS keys and trust stores (PKCS12). The store's password goes to it
 * through its environment: on its command line every user of the computer could read it.
 */
public final class Keytool {

	private static final String PASSWORD_VARIABLE = "CAREBENCH_KEYSTORE_PASSWORD"; //$NON-NLS-1$

	private Keytool() {
	}

	/**
	 * A new 3072-bit RSA key with a self-signed certificate for ten years in {@code keyStore} (made anew), and the
	 * certificate, PEM-encoded, in {@code certificate}.
	 *
	 * @param alternativeName the certificate's subject alternative name ({@code dns:…}, {@code ip:…}), or null
	 */
	public static void newKey(Path keyStore, char[] password, String alias, String distinguishedName,
			String alternativeName, Path certificate) throws IOException, InterruptedException {
		Files.deleteIfExists(keyStore);
		List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "RSA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"-keysize", "3072", "-validity", "3650", "-dname", distinguishedName)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (alternativeName != null) {
			arguments.addAll(List.of("-ext", "SAN=" + alternativeName)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		run(password, keyStore, arguments);
		run(password, keyStore, List.of("-exportcert", "-rfc", "-alias", alias, "-file", certificate.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Adds {@code certificate} to {@code trustStore} (made when missing) as {@code alias}, replacing one so named. */
	public static void trust(Path trustStore, char[] password, String alias, Path certificate)
			throws IOException, InterruptedException {
		distrust(trustStore, password, alias);
		run(password, trustStore, List.of("-importcert", "-noprompt", "-alias", alias, "-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				certificate.toString()));
	}

	/** Removes {@code alias} from {@code trustStore}; whether it was there. */
	public static boolean distrust(Path trustStore, char[] password, String alias)
			throws IOException, InterruptedException {
		if (!Files.exists(trustStore)) {
			return false;
		}
		try {
			run(password, trustStore, List.of("-delete", "-alias", alias)); //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		} catch (IllegalStateException notThere) {
			return false;
		}
	}

	private static void run(char[] password, Path store, List<String> arguments)
			throws IOException, InterruptedException {
		Path keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!Files.isExecutable(keytool)) {
			throw new IllegalStateException("The Java running Carebench has no keytool (" + keytool //$NON-NLS-1$
					+ "): install a full Java runtime to create TLS keys"); //$NON-NLS-1$
		}
		List<String> command = new ArrayList<>();
		command.add(keytool.toString());
		command.addAll(arguments);
		command.addAll(List.of("-keystore", store.toString(), "-storetype", "PKCS12", "-storepass:env", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				PASSWORD_VARIABLE));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put(PASSWORD_VARIABLE, new String(password));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("keytool failed: " + output); //$NON-NLS-1$
		}
		// a key store holds a private key: its owner's only, whatever the umask
		if (Files.exists(store) && store.getFileSystem().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		}
	}
}
