package org.carebench.planning.internal;

import java.util.List;

import org.carebench.core.AbstractSchemaContribution;
import org.carebench.core.SchemaContribution;
import org.osgi.service.component.annotations.Component;

/** The planning tables: plans, their structure, items, field values, deliveries, milestones; all read with SQL. */
@Component(service = SchemaContribution.class)
public class PlanningSchema extends AbstractSchemaContribution {

	public PlanningSchema() {
		super("org.carebench.planning", "db/org.carebench.planning.sql", //$NON-NLS-1$ //$NON-NLS-2$
				List.of("org.carebench.core", "org.carebench.cases"), List.of()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
