package org.carebench.planning.ui.internal;

import org.carebench.cases.ui.CaseEditorPage;
import org.carebench.cases.ui.CaseEditorPageContribution;
import org.osgi.service.component.annotations.Component;

/** Adds the care plan page to every case editor. */
@Component(service = CaseEditorPageContribution.class)
public class CarePlanPageContribution implements CaseEditorPageContribution {

	@Override
	public String title() {
		return Messages.Page_title;
	}

	@Override
	public int position() {
		return 20;
	}

	@Override
	public CaseEditorPage createPage() {
		return new CarePlanPage();
	}
}
