package org.carebench.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A copy of the running test runtime (the same bundles, from the same files) in a JVM of its own, which runs the
 * {@code main} method of one class of a test bundle: what separate workstations are, for tests of what happens
 * between processes. Its output is read line by line; lines can be sent to its standard input.
 */
public final class OwnRuntime implements AutoCloseable {

	/** Started with Equinox alone on its class path; starts the bundles, then the test bundle's class. */
	private static final String LAUNCHER = """
			public class InOwnRuntime {
				public static void main(String[] args) throws Exception {
					java.util.Map<String, String> properties = new java.util.HashMap<>();
					properties.put("osgi.configuration.area", args[0]);
					org.eclipse.core.runtime.adaptor.EclipseStarter.setInitialProperties(properties);
					org.osgi.framework.BundleContext context = org.eclipse.core.runtime.adaptor.EclipseStarter
							.startup(new String[0], null);
					org.osgi.framework.Bundle test = null;
					for (org.osgi.framework.Bundle bundle : context.getBundles()) {
						if (bundle.getHeaders().get("Fragment-Host") == null) {
							try {
								bundle.start(org.osgi.framework.Bundle.START_ACTIVATION_POLICY);
							} catch (Exception notStartable) {
								// as in the test runtime: a bundle that cannot start is not needed
							}
						}
						if (args[1].equals(bundle.getSymbolicName())) {
							test = bundle;
						}
					}
					int code = 0;
					try {
						test.loadClass(args[2]).getMethod("main", String[].class)
								.invoke(null, (Object) java.util.Arrays.copyOfRange(args, 3, args.length));
					} catch (java.lang.reflect.InvocationTargetException e) {
						e.getCause().printStackTrace(System.out);
						code = 1;
					}
					System.out.flush();
					Runtime.getRuntime().halt(code);
				}
			}
			"""; //$NON-NLS-1$

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final StringBuffer seen = new StringBuffer();

	private OwnRuntime(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = output.readLine()) != null;) {
					seen.append(line).append('\n');
					lines.add(line);
				}
			} catch (IOException ended) {
				// the process is gone; what it said is in seen
			}
		}, "own-runtime-output"); //$NON-NLS-1$
		reader.setDaemon(true);
		reader.start();
	}

	/** The values the system properties {@code names} have here, to pass on to a runtime {@link #start}s. */
	public static Map<String, String> passing(String... names) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : names) {
			String value = System.getProperty(name);
			if (value != null) {
				values.put(name, value);
			}
		}
		return values;
	}

	/**
	 * Starts a runtime in {@code work} (its own configuration area goes there) that runs
	 * {@code main.main(arguments)}, with the system {@code properties}; {@code main} is a class of the calling test
	 * bundle.
	 */
	public static OwnRuntime start(Path work, Class<?> main, Map<String, String> properties, String... arguments)
			throws IOException {
		Path configuration = Files.createDirectories(work.resolve("configuration")); //$NON-NLS-1$
		Path here = Paths.get(URI.create(System.getProperty("osgi.configuration.area"))); //$NON-NLS-1$
		Files.copy(here.resolve("config.ini"), configuration.resolve("config.ini")); //$NON-NLS-1$ //$NON-NLS-2$
		Path launcher = Files.writeString(work.resolve("InOwnRuntime.java"), LAUNCHER); //$NON-NLS-1$
		List<String> command = new ArrayList<>(List.of(
				Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"-Djava.awt.headless=true")); //$NON-NLS-1$
		properties.forEach((name, value) -> command.add("-D" + name + "=" + value)); //$NON-NLS-1$ //$NON-NLS-2$
		command.addAll(List.of("-cp", framework(), launcher.toString(), configuration.toUri().toString(), //$NON-NLS-1$
				FrameworkUtil.getBundle(main).getSymbolicName(), main.getName()));
		command.addAll(List.of(arguments));
		return new OwnRuntime(new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start());
	}

	/** The Equinox jar the running framework was loaded from. */
	private static String framework() {
		try {
			return Paths.get(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Waits for a line that starts with one of {@code prefixes} and returns it.
	 *
	 * @throws IllegalStateException when the process ends or {@code patience} passes first, with all it said
	 */
	public String await(Duration patience, String... prefixes) throws InterruptedException {
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			String line = lines.poll(200, TimeUnit.MILLISECONDS);
			for (String prefix : prefixes) {
				if (line != null && line.startsWith(prefix)) {
					return line;
				}
			}
			if (line == null && !process.isAlive() && lines.isEmpty()) {
				break;
			}
		}
		throw new IllegalStateException("No line starting with " + List.of(prefixes) + " from the other runtime:\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ seen);
	}

	/** Sends {@code line} to the process's standard input. */
	public void send(String line) throws IOException {
		OutputStream in = process.getOutputStream();
		in.write((line + '\n').getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	/** Everything the process said so far. */
	public String output() {
		return seen.toString();
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}
}
