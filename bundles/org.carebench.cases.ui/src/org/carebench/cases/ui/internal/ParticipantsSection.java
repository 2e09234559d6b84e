package org.carebench.cases.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.carebench.cases.CaseParticipant;
import org.carebench.ui.FormRows;
import org.carebench.ui.Layouts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

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

	private final Actions actions;
	private final FormRows list;
	private final Button add;

	ParticipantsSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionParticipants, 1, false);
		list = new FormRows(toolkit, client, 1);
		add = toolkit.createButton(client, Messages.Participants_add, SWT.PUSH);
		add.addListener(SWT.Selection, event -> actions.add());
	}

	void show(List<CaseParticipant> participants, boolean mayEdit, String missingPermission) {
		String refusal = mayEdit ? null : missingPermission;
		list.clear(false, null);
		for (CaseParticipant participant : participants) {
			String name = CaseLabels.client(participant.name());
			String text = participant.primary() ? NLS.bind(Messages.Participants_primary, name)
					: participant.relationship() == null ? name
							: NLS.bind(Messages.Participants_related, name, participant.relationship());
			list.text(text, participant.primary());
			if (!participant.primary()) {
				list.link(Messages.Participants_remove, refusal, () -> actions.remove(participant));
			}
		}
		add.setEnabled(mayEdit);
		add.setToolTipText(refusal);
		list.done();
	}

	Button addButton() {
		return add;
	}

	/** For tests: the lines shown. */
	List<String> lines() {
		return Arrays.stream(list.composite().getChildren()).filter(c -> c instanceof Label)
				.map(c -> ((Label) c).getText()).toList();
	}
}
