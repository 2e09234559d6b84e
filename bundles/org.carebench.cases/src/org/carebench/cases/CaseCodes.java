package org.carebench.cases;

/** How case codes are made: the project's code and the case's number, e.g. HOU-000042. */
public final class CaseCodes {

	private CaseCodes() {
	}

	public static String of(String projectCode, long caseNumber) {
		return String.format("%s-%06d", projectCode, caseNumber); //$NON-NLS-1$
	}
}
