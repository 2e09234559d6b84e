package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.RelatedCase;
import org.carebench.ui.FormRows;
import org.carebench.ui.Layouts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The cases related to this one: those the user may open are links; the others (another organization's) are
 * shown greyed, enough to know they exist. Relating starts from a case whose client is named.
 */
final class RelatedSection {

	/** What the section asks the editor to do. */
	interface Actions {
		void open(RelatedCase related);

		void relate();

		void unlink(RelatedCase related);
	}

	private final Actions actions;
	private final FormRows list;
	private final Button relate;

	RelatedSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionRelated, 1, false);
		list = new FormRows(toolkit, client, 1);
		relate = toolkit.createButton(client, Messages.Related_relate, SWT.PUSH);
		relate.addListener(SWT.Selection, event -> actions.relate());
	}

	/**
	 * @param refusal why the user cannot relate cases from this one (anonymous client, missing permission), or
	 *                {@code null}
	 */
	void show(List<RelatedCase> related, String refusal) {
		list.clear(related.isEmpty(), Messages.Related_none);
		for (RelatedCase other : related) {
			String text = describe(other);
			if (other.visible()) {
				Layouts.fillRow(list.link(text, null, () -> actions.open(other)), 1);
			} else {
				Label label = list.text(NLS.bind(Messages.Related_notVisible, text), false);
				label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
			list.link(Messages.Related_unlink, refusal, () -> actions.unlink(other));
		}
		relate.setEnabled(refusal == null);
		relate.setToolTipText(refusal);
		list.done();
	}

	static String describe(RelatedCase other) {
		return other.code() + " \u00b7 " + CaseLabels.client(other.clientName()) + " \u00b7 " + other.projectName() //$NON-NLS-1$ //$NON-NLS-2$
				+ " \u00b7 " + other.statusCode(); //$NON-NLS-1$
	}

	Button relateButton() {
		return relate;
	}

	Composite list() {
		return list.composite();
	}
}
