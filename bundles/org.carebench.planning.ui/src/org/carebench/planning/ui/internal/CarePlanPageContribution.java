package org.carebench.planning.ui.internal;

import org.carebench.cases.ui.CaseEditorPageContribution;
import org.carebench.cases.ui.PageContribution;
import org.osgi.service.component.annotations.Component;

/** Adds the care plan page to every case editor. */
@Component(service = CaseEditorPageContribution.class)
public class CarePlanPageContribution extends PageContribution {

	public CarePlanPageContribution() {
		super(Messages.Page_title, 20, CarePlanPage::new);
	}
}
