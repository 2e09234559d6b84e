package org.carebench.cases;

/** The orders the case list offers. Every order ends with the case id, so that it is total. */
public enum CaseSort {
	LAST_ACTIVITY,
	OPENED,
	CODE,
	CLIENT,
	STATUS
}
