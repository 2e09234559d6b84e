package org.carebench.planning.ui.internal;

import java.util.Optional;

import org.carebench.cases.ui.ActivityDescriptions;
import org.carebench.core.ActivityEntry;
import org.carebench.planning.PlanActions;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** Care plan changes as the case's activity log reads them. */
@Component(service = ActivityDescriptions.class)
public class PlanActivityDescriptions implements ActivityDescriptions {

	@Override
	public Optional<String> describe(ActivityEntry entry) {
		String before = entry.before() == null ? "\u2014" : entry.before(); //$NON-NLS-1$
		String after = entry.after() == null ? "\u2014" : entry.after(); //$NON-NLS-1$
		String detail = entry.detail() == null ? "" : entry.detail(); //$NON-NLS-1$
		return Optional.ofNullable(switch (entry.action()) {
			case PlanActions.CREATED -> NLS.bind(Messages.Log_created, after, detail);
			case PlanActions.PARTICIPANTS -> NLS.bind(Messages.Log_members, detail, after);
			case PlanActions.STRUCTURE, PlanActions.MILESTONE -> NLS.bind(Messages.Log_structure, detail, after);
			case PlanActions.ITEM_ADDED -> NLS.bind(Messages.Log_itemAdded, after, detail);
			case PlanActions.ITEM_CHANGED -> NLS.bind(Messages.Log_itemChanged, new Object[] { detail, before, after });
			case PlanActions.UNITS_DELIVERED -> NLS.bind(Messages.Log_delivered, new Object[] { detail, before, after });
			default -> null;
		});
	}
}
