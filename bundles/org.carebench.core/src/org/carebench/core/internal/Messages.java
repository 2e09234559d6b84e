package org.carebench.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the core services (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.core.internal.messages"; //$NON-NLS-1$

	public static String Session_notSignedIn;
	public static String Directory_projectCodeTaken;
	public static String Directory_noSuchProject;
	public static String Directory_noSuchNetwork;
	public static String Directory_noSuchOrganization;
	public static String Directory_loginTaken;
	public static String Directory_birthDateInFuture;
	public static String Validation_required;
	public static String Validation_tooLong;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
