package org.carebench.persistence.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.carebench.testing.OsgiServices;

/**
 * A Derby network client in a JVM of its own, as an intruder on the network would run it: Derby's client jars on
 * a plain class path. Tries to connect and says how it went.
 */
final class ClientProcess {

	private static final String PROGRAM = """
			public class TryConnect {
				public static void main(String[] args) throws Exception {
					java.util.Properties properties = new java.util.Properties();
					if (!args[1].isEmpty()) {
						properties.setProperty("user", args[1]);
						properties.setProperty("password", new java.io.BufferedReader(
								new java.io.InputStreamReader(System.in)).readLine());
					}
					if (!args[2].isEmpty()) {
						properties.setProperty("ssl", args[2]);
					}
					try (java.sql.Connection c = new org.apache.derby.jdbc.ClientDriver().connect(args[0], properties)) {
						System.out.println("connected");
					} catch (java.sql.SQLException e) {
						System.out.println("refused " + e.getSQLState() + " " + e.getMessage());
					}
				}
			}
			"""; //$NON-NLS-1$

	private ClientProcess() {
	}

	/** "connected", or "refused" with Derby's SQL state and message. */
	static String tryConnect(Path work, String url, String user, String password, String ssl)
			throws IOException, InterruptedException {
		return tryConnect(work, url, user, password, ssl, Map.of());
	}

	/**
	 * As {@link #tryConnect(Path, String, String, String, String)}, with the JVM {@code options} (given through its
	 * environment, as its key store's password must not be on a command line).
	 */
	static String tryConnect(Path work, String url, String user, String password, String ssl,
			Map<String, String> options) throws IOException, InterruptedException {
		Path program = Files.writeString(work.resolve("TryConnect.java"), PROGRAM); //$NON-NLS-1$
		// the driver class is in derbytools, the client in derbyclient, both need derbyshared
		String classPath = String.join(File.pathSeparator, clientJar(work), OtherProcess.jarOf("org.apache.derbytools"), //$NON-NLS-1$
				OtherProcess.jarOf("org.apache.derbyshared")); //$NON-NLS-1$
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", classPath, program.toString(), url, //$NON-NLS-1$
				user == null ? "" : user, ssl == null ? "" : ssl).redirectErrorStream(true); //$NON-NLS-1$ //$NON-NLS-2$
		if (!options.isEmpty()) {
			StringBuilder jvm = new StringBuilder();
			options.forEach((name, value) -> jvm.append(" -D").append(name).append('=').append(value)); //$NON-NLS-1$
			builder.environment().put("JDK_JAVA_OPTIONS", jvm.toString().strip()); //$NON-NLS-1$
		}
		Process process = builder.start();
		try (OutputStream in = process.getOutputStream()) {
			in.write(((password == null ? "" : password) + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The client did not finish: " + output); //$NON-NLS-1$
		}
		List<String> lines = output.lines().filter(l -> l.startsWith("connected") || l.startsWith("refused")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		if (lines.isEmpty()) {
			throw new IllegalStateException("The client said nothing useful: " + output); //$NON-NLS-1$
		}
		return lines.get(0);
	}

	/** Derby's client jar, which Carebench carries inside a fragment of Derby. */
	private static String clientJar(Path work) throws IOException {
		URL entry = OsgiServices.bundle("org.carebench.derby.client").getEntry("lib/derbyclient.jar"); //$NON-NLS-1$ //$NON-NLS-2$
		if (entry == null) {
			throw new IllegalStateException("derbyclient.jar not found in org.carebench.derby.client"); //$NON-NLS-1$
		}
		Path jar = work.resolve("derbyclient.jar"); //$NON-NLS-1$
		try (InputStream in = entry.openStream()) {
			Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
		}
		return jar.toString();
	}
}
