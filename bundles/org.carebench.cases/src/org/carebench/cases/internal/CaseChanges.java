package org.carebench.cases.internal;

import java.util.Map;

import org.carebench.cases.CaseEvents;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Tells open screens that cases changed (after the change committed). */
final class CaseChanges {

	private CaseChanges() {
	}

	/** Posts {@link CaseEvents#CHANGED} for each case; nothing when no event admin runs. */
	static void post(EventAdmin events, long... caseIds) {
		if (events == null) {
			return;
		}
		for (long caseId : caseIds) {
			events.postEvent(new Event(CaseEvents.CHANGED, Map.of(CaseEvents.CASE_ID, caseId)));
		}
	}
}
