package org.carebench.reporting;

import org.carebench.core.CarebenchException;

/** The user stopped a report before it finished. */
public class ReportCanceledException extends CarebenchException {

	private static final long serialVersionUID = 1L;

	public ReportCanceledException(String userMessage) {
		super(userMessage);
	}
}
