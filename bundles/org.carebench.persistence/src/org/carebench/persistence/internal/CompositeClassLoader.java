package org.carebench.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The class loader of the persistence unit: sees the entity classes of every contribution (each through its own
 * bundle) and, last, EclipseLink and Derby through this bundle.
 */
final class CompositeClassLoader extends ClassLoader {

	private final List<ClassLoader> delegates;

	CompositeClassLoader(Iterable<ClassLoader> loaders) {
		super(null);
		LinkedHashSet<ClassLoader> unique = new LinkedHashSet<>();
		loaders.forEach(unique::add);
		unique.add(CompositeClassLoader.class.getClassLoader());
		this.delegates = List.copyOf(unique);
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		for (ClassLoader delegate : delegates) {
			try {
				return delegate.loadClass(name);
			} catch (ClassNotFoundException notThere) {
				// try the next bundle
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	protected URL findResource(String name) {
		for (ClassLoader delegate : delegates) {
			URL url = delegate.getResource(name);
			if (url != null) {
				return url;
			}
		}
		return null;
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		List<URL> urls = new ArrayList<>();
		for (ClassLoader delegate : delegates) {
			urls.addAll(Collections.list(delegate.getResources(name)));
		}
		return Collections.enumeration(urls);
	}
}
