package org.carebench.cases.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the case service (messages.properties, _es, _it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carebench.cases.internal.messages"; //$NON-NLS-1$

	public static String Case_noSuchClient;
	public static String Case_noSuchProject;
	public static String Case_organizationNotInProject;
	public static String Case_clientOfOtherNetwork;
	public static String Case_noSuchUser;
	public static String Case_noSuchStatus;
	public static String Case_noOpenStatus;
	public static String Case_notFound;
	public static String Case_changedMeanwhile;
	public static String Case_pageSize;
	public static String Note_empty;
	public static String Note_tooLong;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
