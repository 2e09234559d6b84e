package org.carebench.reporting.internal;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.carebench.reporting.internal.messages"; //$NON-NLS-1$
	public static String Report_canceled;
	public static String Report_cannotRun;
	public static String Report_designIncompatible;
	public static String Report_designMalformed;
	public static String Report_designTooLarge;
	public static String Report_designUnreadable;
	public static String Report_folderUnreadable;
	public static String Report_rangeReversed;
	public static String Report_rangeTooLong;
	public static String Report_unknown;
	public static String Report_valueInvalid;
	public static String Report_valueMissing;
	public static String Report_valueNotOffered;
	public static String Report_overview;
	public static String Report_overviewDescription;
	public static String Report_ageing;
	public static String Report_ageingDescription;
	public static String Report_caseSummary;
	public static String Report_caseSummaryDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
