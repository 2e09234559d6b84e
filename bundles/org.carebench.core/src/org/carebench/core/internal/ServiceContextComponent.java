package org.carebench.core.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.AdministrationLog;
import org.carebench.core.ServiceContext;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The service context of the running installation. Its zone is the agency's: {@code -Dcarebench.zone=Europe/Rome}
 * when the workstations' own zone is not the agency's, else the system's.
 */
@Component(service = ServiceContext.class)
public class ServiceContextComponent extends ServiceContext {

	static final String ZONE_PROPERTY = "carebench.zone"; //$NON-NLS-1$

	/** Posts through the event admin while one runs (the workbench has one; headless tools may not). */
	private static final class EventAdminEvents implements Events {
		volatile EventAdmin admin;

		@Override
		public void post(String topic, Map<String, ?> properties) {
			EventAdmin current = admin;
			if (current != null) {
				current.postEvent(new Event(topic, properties));
			}
		}
	}

	private final EventAdminEvents events;

	@Activate
	public ServiceContextComponent(@Reference Transactions transactions, @Reference Session session,
			@Reference AccessPolicy access, @Reference ActivityLog activityLog,
			@Reference AdministrationLog administrationLog) {
		this(transactions, session, access, activityLog, administrationLog, new EventAdminEvents());
	}

	private ServiceContextComponent(Transactions transactions, Session session, AccessPolicy access,
			ActivityLog activityLog, AdministrationLog administrationLog, EventAdminEvents events) {
		super(transactions, session, access, activityLog, administrationLog, Clock.system(agencyZone()), events);
		this.events = events;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEventAdmin(EventAdmin admin) {
		events.admin = admin;
	}

	void unsetEventAdmin(EventAdmin admin) {
		if (events.admin == admin) {
			events.admin = null;
		}
	}

	/** The zone named by {@value #ZONE_PROPERTY}, or the system's when none (or an unknown one) is named. */
	static ZoneId agencyZone() {
		String configured = System.getProperty(ZONE_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			try {
				return ZoneId.of(configured.strip());
			} catch (DateTimeException e) {
				// an unknown zone must not keep Carebench from starting; the system's is the best guess
			}
		}
		return ZoneId.systemDefault();
	}
}
