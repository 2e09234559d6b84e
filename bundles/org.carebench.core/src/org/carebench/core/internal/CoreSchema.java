package org.carebench.core.internal;

import java.util.List;

import org.carebench.core.SchemaContribution;
import org.carebench.core.model.ActivityLogEntry;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Network;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.osgi.service.component.annotations.Component;

/** The core tables: directory, client profiles and the activity log. */
@Component(service = SchemaContribution.class)
public class CoreSchema implements SchemaContribution {

	public static final String ID = "org.carebench.core"; //$NON-NLS-1$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String changeLog() {
		return "db/org.carebench.core.sql"; //$NON-NLS-1$
	}

	@Override
	public List<Class<?>> entityClasses() {
		return List.of(UtcInstantConverter.class, Network.class, Project.class, Organization.class,
				UserAccount.class, ClientProfile.class, ActivityLogEntry.class);
	}
}
