package org.carebench.cases.ui.internal;

import org.carebench.cases.ui.CaseEditorPageContribution;
import org.carebench.cases.ui.PageContribution;
import org.osgi.service.component.annotations.Component;

/** Adds the timeline page to every case editor. */
@Component(service = CaseEditorPageContribution.class)
public class TimelinePageContribution extends PageContribution {

	public TimelinePageContribution() {
		super(Messages.Editor_sectionTimeline, 10, TimelinePage::new);
	}
}
