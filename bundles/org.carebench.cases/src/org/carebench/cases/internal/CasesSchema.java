package org.carebench.cases.internal;

import java.util.List;

import org.carebench.core.SchemaContribution;
import org.osgi.service.component.annotations.Component;

/** The case tables: statuses, cases, notes. */
@Component(service = SchemaContribution.class)
public class CasesSchema implements SchemaContribution {

	@Override
	public String id() {
		return "org.carebench.cases"; //$NON-NLS-1$
	}

	@Override
	public List<String> dependsOn() {
		return List.of("org.carebench.core"); //$NON-NLS-1$
	}

	@Override
	public String changeLog() {
		return "db/org.carebench.cases.sql"; //$NON-NLS-1$
	}

	@Override
	public List<Class<?>> entityClasses() {
		return List.of(CaseEntity.class);
	}
}
