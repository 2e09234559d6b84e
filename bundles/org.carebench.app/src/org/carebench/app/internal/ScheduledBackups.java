package org.carebench.app.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.carebench.core.CarebenchException;
import org.carebench.core.Session;
import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Backup;
import org.carebench.persistence.DatabaseBackups.Verification;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Backs the embedded database up on a schedule while the workbench runs: when the newest backup is older than
 * {@value #HOURS_PROPERTY} hours (24 unless set; 0 turns it off), as the system, keeping the newest
 * {@value #KEPT_PROPERTY}. Looks once an hour. A shared server's database is backed up on the server instead.
 */
final class ScheduledBackups extends Job {

	static final String HOURS_PROPERTY = "carebench.backup.hours"; //$NON-NLS-1$
	static final String KEPT_PROPERTY = "carebench.backup.kept"; //$NON-NLS-1$
	private static final Duration LOOK_AGAIN = Duration.ofHours(1);

	private ScheduledBackups() {
		super(Messages.Backup_scheduledJob);
		setSystem(true);
		setPriority(DECORATE);
	}

	static int kept() {
		return Math.max(1, Integer.getInteger(KEPT_PROPERTY, DatabaseBackups.DEFAULT_KEPT));
	}

	/** Starts the schedule, unless it is turned off; the first look is a few minutes after start. */
	static void start() {
		if (Integer.getInteger(HOURS_PROPERTY, 24) > 0) {
			new ScheduledBackups().schedule(Duration.ofMinutes(5).toMillis());
		}
	}

	@Override
	protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
		Duration interval = Duration.ofHours(Integer.getInteger(HOURS_PROPERTY, 24));
		try {
			Session session = Services.get(Session.class);
			DatabaseBackups backups = Services.get(DatabaseBackups.class);
			Verification taken = session.runAsSystem(Messages.Backup_scheduledJob, () -> {
				List<Backup> existing = backups.list();
				if (!existing.isEmpty() && existing.get(0).taken().plus(interval).isAfter(Instant.now())) {
					return null;
				}
				return backups.backUp(kept());
			});
			if (taken != null && !taken.sound()) {
				return new Status(IStatus.ERROR, "org.carebench.app", //$NON-NLS-1$
						"The scheduled backup " + taken.backup().folder() + " is not sound: " + taken.problems()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (CarebenchException onServerOrClosed) {
			// a shared server, or no database: nothing to back up on this workstation
			return Status.OK_STATUS;
		} finally {
			schedule(LOOK_AGAIN.toMillis());
		}
		return Status.OK_STATUS;
	}
}
