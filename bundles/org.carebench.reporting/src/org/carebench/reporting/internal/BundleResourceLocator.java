package org.carebench.reporting.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.DefaultResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;

/**
 * Finds the built-in reports' texts ({@code carebench-reports*.properties}) in this bundle, whichever way their
 * design was opened; everything else where BIRT looks by default (next to the design).
 */
final class BundleResourceLocator extends DefaultResourceLocator {

	private static final String TEXTS = "carebench-reports"; //$NON-NLS-1$

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type) {
		return findResource(module, fileName, type, null);
	}

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type, @SuppressWarnings("rawtypes") Map context) {
		if (fileName != null && fileName.startsWith(TEXTS)) {
			URL own = BundleResourceLocator.class.getResource("/reports/" + fileName); //$NON-NLS-1$
			if (own != null) {
				return own;
			}
		}
		return super.findResource(module, fileName, type, context);
	}
}
