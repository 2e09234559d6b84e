package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.CaseParticipant;
import org.carebench.ui.Layouts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The people of the case: its primary client, and family members or others associated with him, who can then be
 * members of its care plans and take part in their items.
 */
final class ParticipantsSection {

	/** What the section asks the editor to do. */
	interface Actions {
		void add();

		void remove(CaseParticipant participant);
	}

	private final FormToolkit toolkit;
	private final Actions actions;
	private final Composite list;
	private final Button add;

	ParticipantsSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionParticipants, 1, false);
		list = toolkit.createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		list.setLayout(layout);
		list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add = toolkit.createButton(client, Messages.Participants_add, SWT.PUSH);
		add.addListener(SWT.Selection, event -> actions.add());
	}

	void show(List<CaseParticipant> participants, boolean mayEdit, String missingPermission) {
		for (Control child : list.getChildren()) {
			child.dispose();
		}
		for (CaseParticipant participant : participants) {
			String name = CaseLabels.client(participant.name());
			String text = participant.primary() ? NLS.bind(Messages.Participants_primary, name)
					: participant.relationship() == null ? name
							: NLS.bind(Messages.Participants_related, name, participant.relationship());
			toolkit.createLabel(list, text).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false,
					participant.primary() ? 2 : 1, 1));
			if (!participant.primary()) {
				Hyperlink remove = toolkit.createHyperlink(list, Messages.Participants_remove, SWT.NONE);
				remove.setEnabled(mayEdit);
				remove.setToolTipText(mayEdit ? null : missingPermission);
				remove.addHyperlinkListener(new HyperlinkAdapter() {
					@Override
					public void linkActivated(HyperlinkEvent event) {
						actions.remove(participant);
					}
				});
			}
		}
		add.setEnabled(mayEdit);
		add.setToolTipText(mayEdit ? null : missingPermission);
		list.getParent().layout(true, true);
	}

	Button addButton() {
		return add;
	}

	/** For tests: the lines shown. */
	List<String> lines() {
		return java.util.Arrays.stream(list.getChildren()).filter(c -> c instanceof org.eclipse.swt.widgets.Label)
				.map(c -> ((org.eclipse.swt.widgets.Label) c).getText()).toList();
	}
}
