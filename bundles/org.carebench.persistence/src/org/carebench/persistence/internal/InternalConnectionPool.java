package org.carebench.persistence.internal;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes EclipseLink pool the connections of the data source it was given: given a data source, it otherwise
 * assumes an application server pools them and opens a new connection for every unit of work.
 */
public class InternalConnectionPool implements SessionCustomizer {

	@Override
	public void customize(Session session) {
		session.getLogin().setUsesExternalConnectionPooling(false);
	}
}
