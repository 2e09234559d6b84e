package org.carebench.cases.internal;

import java.util.List;
import java.util.Optional;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CloseRule;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.TimelineService;
import org.carebench.core.LabeledContribution;
import org.carebench.core.Session;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A close rule: every activity of the case's timeline is done (or cancelled). */
@Component(service = CloseRule.class)
public class ActivitiesDoneRule extends LabeledContribution implements CloseRule {

	public static final String ID = "org.carebench.cases.activitiesDone"; //$NON-NLS-1$

	private final TimelineService timeline;
	private final Session session;

	@Activate
	public ActivitiesDoneRule(@Reference TimelineService timeline, @Reference Session session) {
		super(ID, Messages.Rule_activitiesDone);
		this.timeline = timeline;
		this.session = session;
	}

	@Override
	public Optional<String> check(CaseDetails theCase) {
		// the rule reads what is there, whoever closes the case
		List<String> open = session.runAsSystem(ID, () -> timeline.activities(theCase.id())).stream()
				.filter(activity -> activity.status() == ScheduledActivity.Status.SCHEDULED)
				.map(ScheduledActivity::name).toList();
		return open.isEmpty() ? Optional.empty()
				: Optional.of(NLS.bind(Messages.Rule_activitiesOpen, open.size(), String.join(", ", open))); //$NON-NLS-1$
	}
}
