package org.carebench.reporting.ui.internal;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.carebench.reporting.ui.internal.messages"; //$NON-NLS-1$
	public static String Dashboard_report;
	public static String Dashboard_parameters;
	public static String Dashboard_refresh;
	public static String Dashboard_exportPdf;
	public static String Dashboard_exportXlsx;
	public static String Dashboard_cancel;
	public static String Dashboard_rendering;
	public static String Dashboard_rendered;
	public static String Dashboard_failed;
	public static String Dashboard_canceled;
	public static String Dashboard_noBrowser;
	public static String Dashboard_openExternally;
	public static String Dashboard_problems;
	public static String Export_job;
	public static String Export_done;
	public static String Export_doneTitle;
	public static String Export_failedTitle;
	public static String Export_failed;
	public static String Parameters_title;
	public static String Parameters_message;
	public static String Parameters_all;
	public static String Parameters_none;
	public static String Reports_name;
	public static String Reports_origin;
	public static String Reports_about;
	public static String Reports_builtIn;
	public static String Reports_bundle;
	public static String Reports_folder;
	public static String Reports_folderIs;
	public static String Reports_show;
	public static String Reports_cannotRun;
	public static String Reports_loading;
	public static String CaseSummary_noCase;
	public static String CaseSummary_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
