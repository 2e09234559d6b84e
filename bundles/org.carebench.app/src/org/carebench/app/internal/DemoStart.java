package org.carebench.app.internal;

import java.util.Optional;

import org.carebench.demo.DemoData;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The demo data at start, when the trial product has it. The agency's product leaves the demo bundle out: this is
 * the only class that names its types, and it is loaded only once {@link Startup#demoInstalled()} said so
 * (verifying a class that hands one of them on fails, whichever of its methods runs).
 */
final class DemoStart {

	private DemoStart() {
	}

	/** Whether the open database holds the demo's data (its login dialog then says how to sign in). */
	static boolean holdsDemoData() {
		return Services.optional(DemoData.class).filter(demo -> !demo.isEmpty()).isPresent();
	}

	/** Loads {@code cases} demo cases into a new database; {@code monitor} shows the progress, or {@code null}. */
	static void load(long cases, IProgressMonitor monitor) {
		Optional<DemoData> demo = Services.optional(DemoData.class);
		if (demo.isEmpty() || !demo.get().isNew()) {
			return;
		}
		if (monitor != null) {
			monitor.beginTask(Messages.Startup_loadingDemo, (int) cases);
		}
		demo.get().loadIfEmpty(cases, true, new DemoData.Progress() {
			private long reported;

			@Override
			public void loaded(long done, long total) {
				if (monitor != null) {
					monitor.subTask(NLS.bind(Messages.Startup_loadedCases, done, total));
					monitor.worked((int) (done - reported));
				}
				reported = done;
			}
		});
	}
}
