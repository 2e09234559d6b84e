package org.carebench.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * What every Carebench service works with: the database's units of work, who acts, what he may do, the activity
 * and administration logs, the agency's clock and zone, and the events that tell the screens what changed. Given
 * to each DS service as one reference, so that a service holds one collaborator instead of six, and tests build it
 * with their own clock.
 */
public class ServiceContext {

	/** Where services post what changed; the workbench listens (OSGi EventAdmin behind it). */
	@FunctionalInterface
	public interface Events {

		/** Nobody listens (tests, headless tools). */
		Events NONE = (topic, properties) -> {
			// dropped
		};

		/** Posts an event asynchronously; call it after the change committed. */
		void post(String topic, Map<String, ?> properties);
	}

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final ActivityLog activityLog;
	private final AdministrationLog administrationLog;
	private final Clock clock;
	private final Events events;

	/**
	 * @param clock the agency's clock: its zone is the one dates are counted in (the day a case opened, what is
	 *              due today), whatever the JVM's default
	 */
	public ServiceContext(Transactions transactions, Session session, AccessPolicy access, ActivityLog activityLog,
			AdministrationLog administrationLog, Clock clock, Events events) {
		this.transactions = transactions;
		this.session = session;
		this.access = access;
		this.activityLog = activityLog;
		this.administrationLog = administrationLog;
		this.clock = clock;
		this.events = events;
	}

	public Transactions transactions() {
		return transactions;
	}

	public Session session() {
		return session;
	}

	public AccessPolicy access() {
		return access;
	}

	public ActivityLog activityLog() {
		return activityLog;
	}

	public AdministrationLog administrationLog() {
		return administrationLog;
	}

	/**
	 * Records an administrative change by whoever acts on this thread in the administration log, in the unit of
	 * work of {@code em} that makes it.
	 */
	public void administered(EntityManager em, String action, AdministrationLog.Subject subject, String before,
			String after) {
		administrationLog.record(em, actor(), action, subject, before, after);
	}

	public Clock clock() {
		return clock;
	}

	/** The zone the agency counts days in. */
	public ZoneId zone() {
		return clock.getZone();
	}

	public Instant now() {
		return clock.instant();
	}

	/** Today in the agency's zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The day {@code instant} falls on in the agency's zone. */
	public LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone());
	}

	/** Who acts on this thread (for the log). */
	public Actor actor() {
		return session.actor();
	}

	/** What the acting user may do; refuses when nobody is signed in. */
	public UserAccess user() {
		return access.current();
	}

	/** Runs {@code work} in a read-write unit of work. */
	public <T> T write(Transactions.Work<T> work) {
		return transactions.write(work);
	}

	/**
	 * Runs {@code work} in a read-write unit of work when the user holds {@code permission} in some project; refuses
	 * otherwise, naming {@code action}, before anything is read.
	 */
	public <T> T writeIfAllowed(Permission permission, String action, Transactions.Work<T> work) {
		access.requireAnywhere(permission, action);
		return transactions.write(work);
	}

	/** Runs {@code work} in a read-only unit of work. */
	public <T> T read(Transactions.Work<T> work) {
		return transactions.read(work);
	}

	/** Runs read-only SQL outside any unit of work (lists, projections). */
	public <T> T query(Transactions.SqlWork<T> work) {
		return transactions.query(work);
	}

	/** Tells the screens that something changed; after the commit. */
	public void post(String topic, Map<String, ?> properties) {
		events.post(topic, properties);
	}
}
