package org.carebench.cases.ui.internal;

import org.carebench.cases.ui.CaseEditorPage;
import org.carebench.cases.ui.CaseEditorPageContribution;
import org.osgi.service.component.annotations.Component;

/** Adds the timeline page to every case editor. */
@Component(service = CaseEditorPageContribution.class)
public class TimelinePageContribution implements CaseEditorPageContribution {

	@Override
	public String title() {
		return Messages.Editor_sectionTimeline;
	}

	@Override
	public int position() {
		return 10;
	}

	@Override
	public CaseEditorPage createPage() {
		return new TimelinePage();
	}
}
