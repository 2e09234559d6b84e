package org.carebench.core;

import java.util.List;

/**
 * A schema contribution whose identifier, changelog, dependencies and entities are fixed when it is made: extend it
 * and override only {@link #dataMigrations()} when the changelog needs Java.
 */
public abstract class AbstractSchemaContribution implements SchemaContribution {

	private final String id;
	private final String changeLog;
	private final List<String> dependsOn;
	private final List<Class<?>> entityClasses;

	/** See {@link #id()}, {@link #changeLog()}, {@link #dependsOn()} and {@link #entityClasses()}. */
	protected AbstractSchemaContribution(String id, String changeLog, List<String> dependsOn,
			List<Class<?>> entityClasses) {
		this.id = id;
		this.changeLog = changeLog;
		this.dependsOn = List.copyOf(dependsOn);
		this.entityClasses = List.copyOf(entityClasses);
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String changeLog() {
		return changeLog;
	}

	@Override
	public final List<String> dependsOn() {
		return dependsOn;
	}

	@Override
	public final List<Class<?>> entityClasses() {
		return entityClasses;
	}
}
