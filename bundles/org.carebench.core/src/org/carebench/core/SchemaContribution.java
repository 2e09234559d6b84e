package org.carebench.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a bundle adds to Carebench's database: its JPA entity classes and its versioned migrations. Bundles
 * register implementations as OSGi services; the persistence bundle applies their migrations (in dependency
 * order) and builds one persistence unit from all their entities.
 */
public interface SchemaContribution {

	/** A stable identifier, usually the bundle's symbolic name; migrations are recorded under it. */
	String id();

	/** Identifiers of contributions whose tables this one's migrations refer to; those run first. */
	default List<String> dependsOn() {
		return List.of();
	}

	/**
	 * The Liquibase changelog (formatted SQL or XML) as a resource path visible to {@link #resourceLoader()}. Its
	 * path is recorded with every applied change set, so it must be unique and must never change.
	 */
	String changeLog();

	/** The JPA entity classes this contribution adds to the persistence unit. */
	List<Class<?>> entityClasses();

	/**
	 * Java code that completes a change set, for what SQL cannot do (filling a new column from existing data). It
	 * runs right after its change set is applied, in the same transaction as the whole upgrade.
	 */
	interface DataMigration {
		/** The id of the change set it completes. */
		String changeSetId();

		void migrate(Connection connection) throws SQLException;

		/** The data migration that completes change set {@code changeSetId} by running {@code step}. */
		static DataMigration of(String changeSetId, SqlStep step) {
			return new DataMigration() {
				@Override
				public String changeSetId() {
					return changeSetId;
				}

				@Override
				public void migrate(Connection connection) throws SQLException {
					step.run(connection);
				}
			};
		}
	}

	/** Statements run over one connection, for {@link DataMigration#of}. */
	@FunctionalInterface
	interface SqlStep {
		void run(Connection connection) throws SQLException;
	}

	/** The data migrations of this contribution's change sets. */
	default List<DataMigration> dataMigrations() {
		return List.of();
	}

	/**
	 * What the workstations' account of a secured server needs and may not make itself (it may only read and write
	 * rows): run by the database owner at every start of the server and every minute while it runs, so it must be
	 * quick and may run again.
	 */
	default void prepareAccount(Connection owner, String account) throws SQLException {
		// most contributions need nothing beyond the rights on their tables
	}

	/** The class loader that sees the changelog and the entities; the contribution's own by default. */
	default ClassLoader resourceLoader() {
		return getClass().getClassLoader();
	}
}
