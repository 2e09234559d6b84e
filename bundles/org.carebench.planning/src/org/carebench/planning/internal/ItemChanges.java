package org.carebench.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.eclipse.osgi.util.NLS;

/** How a plan item reads in the activity log: what a supervisor looks for (status, actual dates and cost). */
final class ItemChanges {

	private ItemChanges() {
	}

	static String describe(PlanItem item) {
		return line(item.status().name(), item.actualStart(), item.actualEnd(), item.actualCost(), item.actualOutcome());
	}

	static String describe(PlanItemDraft draft) {
		return line(draft.status().name(), draft.actualStart(), draft.actualEnd(), draft.actualCost(),
				draft.actualOutcome());
	}

	private static String line(String status, Object start, Object end, Object cost, String outcome) {
		List<String> parts = new ArrayList<>();
		parts.add(status);
		if (start != null || end != null) {
			parts.add(NLS.bind(Messages.Log_actualDates, start == null ? "\u2013" : start, end == null ? "\u2013" : end)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (cost != null) {
			parts.add(NLS.bind(Messages.Log_actualCost, cost));
		}
		if (outcome != null && !outcome.isBlank()) {
			parts.add(outcome.strip());
		}
		return String.join("; ", parts); //$NON-NLS-1$
	}
}
