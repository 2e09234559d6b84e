package org.carebench.example.housing;

import org.eclipse.osgi.util.NLS;

/** Texts in the user's language: messages.properties, messages_es.properties, messages_it.properties. */
final class Messages extends NLS {

	public static String label;
	public static String district;
	public static String rooms;
	public static String maxRent;
	public static String visitsPlanned;
	public static String visitsDone;
	public static String moveInBy;
	public static String pets;
	public static String rentPositive;
	public static String visitsPositive;
	public static String visitsDoneNegative;
	public static String reportName;
	public static String reportDescription;

	static {
		NLS.initializeMessages("org.carebench.example.housing.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
