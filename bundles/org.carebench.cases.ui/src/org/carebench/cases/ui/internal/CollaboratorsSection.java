package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.carebench.core.UserRef;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

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

	private final FormToolkit toolkit;
	private final Actions actions;
	private final Composite list;
	private final Combo candidate;
	private final Button add;
	private final List<UserRef> candidates = new ArrayList<>();

	CollaboratorsSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionCollaborators, 2, false);
		list = toolkit.createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		list.setLayout(layout);
		list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		candidate = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		candidate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
		for (Control child : list.getChildren()) {
			child.dispose();
		}
		if (collaborators.isEmpty()) {
			Label none = toolkit.createLabel(list, Messages.Collaborators_none);
			none.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
		for (UserRef collaborator : collaborators) {
			toolkit.createLabel(list, label.apply(collaborator)).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Hyperlink remove = toolkit.createHyperlink(list, Messages.Collaborators_remove, SWT.NONE);
			remove.setEnabled(mayManage);
			remove.setToolTipText(mayManage ? null : missingPermission);
			remove.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent event) {
					actions.remove(collaborator.id());
				}
			});
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
		candidate.setToolTipText(mayManage ? null : missingPermission);
		add.setToolTipText(mayManage ? null : missingPermission);
		list.getParent().layout(true, true);
	}

	Combo candidates() {
		return candidate;
	}

	Button addButton() {
		return add;
	}
}
