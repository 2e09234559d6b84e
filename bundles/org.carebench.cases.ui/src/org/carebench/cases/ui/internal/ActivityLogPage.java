package org.carebench.cases.ui.internal;

import org.carebench.cases.OpenCase;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The last page of the case editor: who changed what, when, from what to what. */
final class ActivityLogPage {

	private final ScrolledForm form;
	final ActivityLogSection log;

	ActivityLogPage(FormToolkit toolkit, org.eclipse.swt.widgets.Composite parent) {
		form = toolkit.createScrolledForm(parent);
		GridLayoutFactory.swtDefaults().applyTo(form.getBody());
		log = new ActivityLogSection(toolkit, form.getBody());
	}

	ScrolledForm form() {
		return form;
	}

	void show(OpenCase open) {
		log.show(open.log(), open.workflow());
	}
}
