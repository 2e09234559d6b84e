package org.carebench.demo.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the demo data (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.demo.internal.messages"; //$NON-NLS-1$

	public static String Demo_actor;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
