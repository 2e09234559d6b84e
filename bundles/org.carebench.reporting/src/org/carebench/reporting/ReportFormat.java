package org.carebench.reporting;

/** What a report is rendered to. */
public enum ReportFormat {
	HTML("html"), PDF("pdf"), XLSX("xlsx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String emitter;

	ReportFormat(String emitter) {
		this.emitter = emitter;
	}

	/** BIRT's name of the output format. */
	public String emitter() {
		return emitter;
	}
}
