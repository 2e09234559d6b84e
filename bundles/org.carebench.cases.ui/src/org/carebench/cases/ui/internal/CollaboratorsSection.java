package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.carebench.core.UserRef;
import org.carebench.ui.FormRows;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Who works on the case besides its organization: users of the project, of the own or a partner organization,
 * each seeing it by his role in the project. Added and removed by whoever may manage collaborators.
 */
final class CollaboratorsSection {

	/** What the section asks the editor to do. */
	interface Actions {
		void add(long userId);

		void remove(long userId);
	}

	private final Actions actions;
	private final FormRows list;
	private final Combo candidate;
	private final Button add;
	private final List<UserRef> candidates = new ArrayList<>();

	CollaboratorsSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionCollaborators, 2, false);
		list = new FormRows(toolkit, client, 2);
		candidate = Layouts.fillRow(new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN), 1);
		add = toolkit.createButton(client, Messages.Collaborators_add, SWT.PUSH);
		add.addListener(SWT.Selection, event -> {
			int chosen = candidate.getSelectionIndex();
			if (chosen >= 0) {
				actions.add(candidates.get(chosen).id());
			}
		});
	}

	/**
	 * @param collaborators who collaborates now
	 * @param members       the project's members who could (with their organization's name)
	 */
	void show(List<UserRef> collaborators, List<UserRef> members, java.util.function.Function<UserRef, String> label,
			boolean mayManage, String missingPermission) {
		String refusal = mayManage ? null : missingPermission;
		list.clear(collaborators.isEmpty(), Messages.Collaborators_none);
		for (UserRef collaborator : collaborators) {
			list.text(label.apply(collaborator), false);
			list.link(Messages.Collaborators_remove, refusal, () -> actions.remove(collaborator.id()));
		}
		candidates.clear();
		members.stream().filter(member -> collaborators.stream().noneMatch(c -> c.id() == member.id()))
				.forEach(candidates::add);
		candidate.setItems(candidates.stream().map(label).toArray(String[]::new));
		if (!candidates.isEmpty()) {
			candidate.select(0);
		}
		candidate.setEnabled(mayManage && !candidates.isEmpty());
		add.setEnabled(mayManage && !candidates.isEmpty());
		candidate.setToolTipText(refusal);
		add.setToolTipText(refusal);
		list.done();
	}

	Combo candidates() {
		return candidate;
	}

	Button addButton() {
		return add;
	}
}
