package org.carebench.persistence.tests;

import java.util.List;

import org.carebench.core.SchemaContribution;

/** A schema contribution made of a changelog of this test bundle, depending on the core schema. */
record TestSchema(String id, String changeLog) implements SchemaContribution {

	static final TestSchema EXTENSION = new TestSchema("carebench.test.extension", "db/carebench-test-extension.sql"); //$NON-NLS-1$ //$NON-NLS-2$
	static final TestSchema BROKEN = new TestSchema("carebench.test.broken", "db/carebench-test-broken.sql"); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public List<String> dependsOn() {
		return List.of("org.carebench.core"); //$NON-NLS-1$
	}

	@Override
	public List<Class<?>> entityClasses() {
		return List.of();
	}
}
