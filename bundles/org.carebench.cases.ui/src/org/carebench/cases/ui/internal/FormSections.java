package org.carebench.cases.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** The titled sections the case editor is made of, all alike. */
final class FormSections {

	private FormSections() {
	}

	/** A section titled {@code title}, filling its cell; returns its client, laid out in {@code columns}. */
	static Composite create(FormToolkit toolkit, Composite parent, String title, int columns, boolean grabVertical) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, grabVertical));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}
}
