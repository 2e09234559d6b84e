package org.carebench.cases.internal;

import java.util.List;

import org.carebench.core.AbstractSchemaContribution;
import org.carebench.core.SchemaContribution;
import org.osgi.service.component.annotations.Component;

/** The case tables: statuses, cases, notes. */
@Component(service = SchemaContribution.class)
public class CasesSchema extends AbstractSchemaContribution {

	public CasesSchema() {
		super("org.carebench.cases", "db/org.carebench.cases.sql", List.of("org.carebench.core"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(CaseEntity.class));
	}
}
