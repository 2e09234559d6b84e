package org.carebench.planning.internal;

import java.util.List;

import org.carebench.core.SchemaContribution;
import org.osgi.service.component.annotations.Component;

/** The planning tables: plans, their structure, items, field values, deliveries, milestones. */
@Component(service = SchemaContribution.class)
public class PlanningSchema implements SchemaContribution {

	@Override
	public String id() {
		return "org.carebench.planning"; //$NON-NLS-1$
	}

	@Override
	public List<String> dependsOn() {
		return List.of("org.carebench.core", "org.carebench.cases"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String changeLog() {
		return "db/org.carebench.planning.sql"; //$NON-NLS-1$
	}

	@Override
	public List<Class<?>> entityClasses() {
		return List.of();
	}
}
