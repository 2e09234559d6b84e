package org.carebench.cases.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.carebench.core.SchemaContribution;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;
import org.carebench.testing.OsgiServices;

/**
 * A workstation, in a runtime of its own ({@link org.carebench.testing.OwnRuntime}): once its bundles' schema
 * contributions are there it says "ready"; then each line it reads is the URL of a database to start on (a plain
 * server, as these tests are about starting together), which it opens, saying "opened" or "failed" and why, and
 * closes again. Sending the line to every workstation at once makes them start together.
 */
public final class StartingWorkstation {

	private StartingWorkstation() {
	}

	/** The number of schema contributions to wait for. */
	public static void main(String[] arguments) throws Exception {
		int contributions = Integer.parseInt(arguments[0]);
		List<SchemaContribution> found = List.of();
		for (Instant until = Instant.now().plus(Duration.ofMinutes(2)); found.size() < contributions
				&& Instant.now().isBefore(until); Thread.sleep(100)) {
			found = OsgiServices.all(SchemaContribution.class);
		}
		System.out.println("ready " + found.size()); //$NON-NLS-1$
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String url; (url = input.readLine()) != null && !url.isBlank();) {
			DatabaseComponent workstation = new DatabaseComponent();
			found.forEach(workstation::addContribution);
			try {
				workstation.open(DatabaseSettings.parse(url, false).allowingInsecureServer());
				System.out.println("opened"); //$NON-NLS-1$
			} catch (RuntimeException e) {
				System.out.println("failed " + e); //$NON-NLS-1$
				e.printStackTrace(System.out);
			} finally {
				workstation.close();
			}
		}
	}
}
