package org.carebench.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManagerFactory;

import org.carebench.core.SchemaContribution;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseSettings;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * One open database: its schema brought up to date for a set of contributions, and the entity manager factory
 * (with its connection pool) built from their entities.
 */
final class OpenDatabase {

	private static final Logger LOG = Logger.getLogger(OpenDatabase.class.getName());
	/** Numbers the persistence units of this process: EclipseLink must not share one between databases. */
	private static final AtomicInteger UNITS = new AtomicInteger();

	final DatabaseSettings settings;
	final EntityManagerFactory entityManagerFactory;
	final List<SchemaContribution> contributions;
	private final DerbyConnector connector;

	private OpenDatabase(DatabaseSettings settings, DerbyConnector connector, List<SchemaContribution> contributions,
			EntityManagerFactory entityManagerFactory) {
		this.settings = settings;
		this.connector = connector;
		this.contributions = contributions;
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Opens (or creates) the database, migrates it and builds the persistence unit; nothing is kept on failure. */
	static OpenDatabase open(DatabaseSettings settings, List<SchemaContribution> available) {
		DerbyConnector connector = new DerbyConnector(settings);
		List<String> skipped = new ArrayList<>();
		List<SchemaContribution> ordered = ContributionOrder.sort(available, skipped);
		if (!skipped.isEmpty()) {
			LOG.warning(() -> "Schema contributions left out, their dependencies are missing: " + skipped); //$NON-NLS-1$
		}
		try (Connection connection = connector.openFirst()) {
			if (SchemaMigrator.ownsSchema(connection)) {
				int applied = SchemaMigrator.migrate(connection, ordered, settings.describe());
				if (applied > 0) {
					LOG.info(() -> applied + " schema change sets applied to " + settings.describe()); //$NON-NLS-1$
				}
			} else {
				SchemaMigrator.verifyCurrent(connection, ordered, settings.describe());
			}
		} catch (SQLException e) {
			connector.shutdown();
			throw connector.classify(e);
		} catch (DatabaseException e) {
			connector.shutdown();
			throw e;
		}
		try {
			String unitName = CarebenchPersistenceUnit.NAME + "-" + UNITS.incrementAndGet(); //$NON-NLS-1$
			EntityManagerFactory factory = new PersistenceProvider()
					.createContainerEntityManagerFactory(unit(unitName, ordered, connector), properties(unitName));
			factory.createEntityManager().close(); // deploys now, so that mapping errors surface at open
			return new OpenDatabase(settings, connector, List.copyOf(ordered), factory);
		} catch (RuntimeException e) {
			connector.shutdown();
			throw e;
		}
	}

	void close() {
		try {
			entityManagerFactory.close();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Closing the persistence unit failed", e); //$NON-NLS-1$
		}
		connector.shutdown();
	}

	private static CarebenchPersistenceUnit unit(String unitName, List<SchemaContribution> contributions,
			DerbyConnector connector) {
		List<String> classNames = new ArrayList<>();
		List<ClassLoader> loaders = new ArrayList<>();
		for (SchemaContribution contribution : contributions) {
			for (Class<?> entityClass : contribution.entityClasses()) {
				classNames.add(entityClass.getName());
				loaders.add(entityClass.getClassLoader());
			}
			loaders.add(contribution.resourceLoader());
		}
		return new CarebenchPersistenceUnit(emptyRoot(unitName), classNames, new CompositeClassLoader(loaders),
				connector.dataSource());
	}

	/**
	 * An empty directory as the unit's root: EclipseLink reads the root (for META-INF/orm.xml) even when every
	 * class is listed, and keys its deployments by it.
	 */
	private static URL emptyRoot(String unitName) {
		try {
			Path root = Files.createTempDirectory(unitName);
			root.toFile().deleteOnExit();
			return root.toUri().toURL();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Object> properties(String unitName) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(PersistenceUnitProperties.SESSION_NAME, unitName);
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, "Derby"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.WEAVING, "false"); //$NON-NLS-1$
		// Several workstations may share one server database: a shared cache would serve them stale rows.
		properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, InternalConnectionPool.class.getName());
		properties.put(PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "2"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "2"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, "8"); //$NON-NLS-1$
		// Ids are allocated on a connection of their own, so that allocation never waits for a long transaction.
		properties.put(PersistenceUnitProperties.CONNECTION_POOL_SEQUENCE, "true"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.JDBC_BIND_PARAMETERS, "true"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.CACHE_STATEMENTS, "true"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING"); //$NON-NLS-1$
		properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
		return properties;
	}
}
