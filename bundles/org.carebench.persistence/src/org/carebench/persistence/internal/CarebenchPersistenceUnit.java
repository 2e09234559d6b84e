package org.carebench.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/**
 * The persistence unit built at run time from the entity classes of all schema contributions: there is no
 * persistence.xml, because the set of entities depends on which bundles are installed.
 */
final class CarebenchPersistenceUnit implements PersistenceUnitInfo {

	static final String NAME = "carebench"; //$NON-NLS-1$

	private final URL rootUrl;
	private final List<String> managedClassNames;
	private final ClassLoader classLoader;
	private final DataSource dataSource;

	/**
	 * @param rootUrl names the unit to EclipseLink, which shares deployments between units of the same root: each
	 *                open database needs its own
	 */
	CarebenchPersistenceUnit(URL rootUrl, List<String> managedClassNames, ClassLoader classLoader,
			DataSource dataSource) {
		this.rootUrl = rootUrl;
		this.managedClassNames = List.copyOf(managedClassNames);
		this.classLoader = classLoader;
		this.dataSource = dataSource;
	}

	@Override
	public String getPersistenceUnitName() {
		return NAME;
	}

	@Override
	public String getPersistenceProviderClassName() {
		return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
	}

	@Override
	public PersistenceUnitTransactionType getTransactionType() {
		return PersistenceUnitTransactionType.RESOURCE_LOCAL;
	}

	@Override
	public DataSource getJtaDataSource() {
		return null;
	}

	@Override
	public DataSource getNonJtaDataSource() {
		return dataSource;
	}

	@Override
	public List<String> getMappingFileNames() {
		return List.of();
	}

	@Override
	public List<URL> getJarFileUrls() {
		return List.of();
	}

	@Override
	public URL getPersistenceUnitRootUrl() {
		return rootUrl;
	}

	@Override
	public List<String> getManagedClassNames() {
		return managedClassNames;
	}

	@Override
	public boolean excludeUnlistedClasses() {
		return true;
	}

	@Override
	public SharedCacheMode getSharedCacheMode() {
		return SharedCacheMode.UNSPECIFIED;
	}

	@Override
	public ValidationMode getValidationMode() {
		return ValidationMode.NONE;
	}

	@Override
	public Properties getProperties() {
		return new Properties();
	}

	@Override
	public String getPersistenceXMLSchemaVersion() {
		return "3.1"; //$NON-NLS-1$
	}

	@Override
	public ClassLoader getClassLoader() {
		return classLoader;
	}

	@Override
	public void addTransformer(ClassTransformer transformer) {
		// no weaving: entities are loaded by their bundles before EclipseLink could transform them
	}

	@Override
	public ClassLoader getNewTempClassLoader() {
		return classLoader;
	}
}
