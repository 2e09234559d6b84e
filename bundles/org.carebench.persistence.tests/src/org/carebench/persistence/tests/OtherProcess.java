package org.carebench.persistence.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.OsgiServices;

/** A second JVM that opens an embedded Derby database and keeps it open until closed. */
final class OtherProcess implements AutoCloseable {

	private static final String PROGRAM = """
			public class HoldDatabase {
				public static void main(String[] args) throws Exception {
					java.util.Properties boot = new java.util.Properties();
					String key = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
					if (key != null && !key.isEmpty()) {
						boot.setProperty("bootPassword", key);
					}
					new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + args[0], boot);
					System.out.println("open");
					System.out.flush();
					System.in.read();
				}
			}
			"""; //$NON-NLS-1$

	private final Process process;

	private OtherProcess(Process process) {
		this.process = process;
	}

	static OtherProcess holding(Path database, Path workDirectory) throws IOException {
		Path program = Files.writeString(workDirectory.resolve("HoldDatabase.java"), PROGRAM); //$NON-NLS-1$
		List<String> classPath = new ArrayList<>();
		for (String bundle : List.of("derby", "org.apache.derbyshared", "org.apache.derbytools")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			classPath.add(jarOf(bundle));
		}
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Process process = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath), //$NON-NLS-1$
				program.toString(), database.toString()).redirectErrorStream(true).start();
		// the boot key goes through standard input: on the command line every user could read it
		process.getOutputStream().write((DatabaseSecrets.local().bootProperties(database).getProperty("bootPassword", "") //$NON-NLS-1$ //$NON-NLS-2$
				+ "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		process.getOutputStream().flush();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		StringBuilder seen = new StringBuilder();
		while ((line = output.readLine()) != null) {
			if (line.equals("open")) { //$NON-NLS-1$
				return new OtherProcess(process);
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("The other process (class path " + classPath //$NON-NLS-1$
				+ ") did not open the database:\n" + seen); //$NON-NLS-1$
	}

	/** The file of an installed bundle; Equinox records it relative to its install area when it can. */
	static String jarOf(String symbolicName) {
		String location = OsgiServices.bundle(symbolicName).getLocation();
		Path file = Paths.get(location.substring(location.indexOf("file:") + "file:".length())); //$NON-NLS-1$ //$NON-NLS-2$
		if (!file.isAbsolute()) {
			Path installArea = Paths.get(URI.create(System.getProperty("osgi.install.area"))); //$NON-NLS-1$
			file = installArea.resolve(file).normalize();
		}
		return file.toString();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
