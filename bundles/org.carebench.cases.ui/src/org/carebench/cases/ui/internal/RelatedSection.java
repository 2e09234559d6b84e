package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.RelatedCase;
import org.carebench.ui.Layouts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

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

	private final FormToolkit toolkit;
	private final Actions actions;
	private final Composite list;
	private final Button relate;

	RelatedSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionRelated, 1, false);
		list = toolkit.createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		list.setLayout(layout);
		list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		relate = toolkit.createButton(client, Messages.Related_relate, SWT.PUSH);
		relate.addListener(SWT.Selection, event -> actions.relate());
	}

	/**
	 * @param refusal why the user cannot relate cases from this one (anonymous client, missing permission), or
	 *                {@code null}
	 */
	void show(List<RelatedCase> related, String refusal) {
		for (Control child : list.getChildren()) {
			child.dispose();
		}
		if (related.isEmpty()) {
			Label none = toolkit.createLabel(list, Messages.Related_none);
			none.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
		for (RelatedCase other : related) {
			String text = describe(other);
			if (other.visible()) {
				Hyperlink open = toolkit.createHyperlink(list, text, SWT.WRAP);
				open.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				open.addHyperlinkListener(new HyperlinkAdapter() {
					@Override
					public void linkActivated(HyperlinkEvent event) {
						actions.open(other);
					}
				});
			} else {
				Label label = toolkit.createLabel(list, NLS.bind(Messages.Related_notVisible, text), SWT.WRAP);
				label.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			}
			Hyperlink unlink = toolkit.createHyperlink(list, Messages.Related_unlink, SWT.NONE);
			unlink.setEnabled(refusal == null);
			unlink.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent event) {
					actions.unlink(other);
				}
			});
		}
		relate.setEnabled(refusal == null);
		relate.setToolTipText(refusal);
		list.getParent().layout(true, true);
	}

	static String describe(RelatedCase other) {
		return other.code() + " \u00b7 " + CaseLabels.client(other.clientName()) + " \u00b7 " + other.projectName() //$NON-NLS-1$ //$NON-NLS-2$
				+ " \u00b7 " + other.statusCode(); //$NON-NLS-1$
	}

	Button relateButton() {
		return relate;
	}

	Composite list() {
		return list;
	}
}
