package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.carebench.cases.OpenCase;
import org.carebench.core.UserRef;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Who holds each role of the case's type (the housing coordinator, the benefits specialist), and the change of a
 * holder when one leaves: the role's activities still to do follow him, and the log says who took over.
 */
final class RolesSection {

	/** What the section asks the editor to do. */
	interface Actions {
		/** Gives the role to {@code userId}, or to nobody when {@code null}. */
		void change(String roleCode, Long userId);
	}

	private final FormToolkit toolkit;
	private final Actions actions;
	private final Composite section;
	private final Composite grid;
	private final List<Combo> holders = new ArrayList<>();

	RolesSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		this.actions = actions;
		grid = Layouts.section(toolkit, parent, Messages.Editor_sectionRoles, 3, false);
		section = grid.getParent();
	}

	void show(OpenCase open) {
		for (Control child : grid.getChildren()) {
			child.dispose();
		}
		holders.clear();
		boolean visible = !open.roles().isEmpty();
		section.setVisible(visible);
		((org.eclipse.swt.layout.GridData) section.getLayoutData()).exclude = !visible;
		String refusal = open.refusal(org.carebench.core.Permission.COLLABORATOR_MANAGE);
		for (OpenCase.RoleChoice role : open.roles()) {
			Layouts.label(grid, role.roleName());
			List<UserRef> choices = new ArrayList<>(role.candidates());
			if (role.holder() != null && choices.stream().noneMatch(u -> u.id() == role.holder().id())) {
				choices.add(role.holder());
			}
			Combo holder = new Combo(grid, SWT.READ_ONLY);
			holder.add(Messages.Nobody);
			choices.forEach(user -> holder.add(user.displayName()));
			int current = role.holder() == null ? 0
					: 1 + choices.stream().map(UserRef::id).toList().indexOf(role.holder().id());
			holder.select(current);
			Layouts.fillRow(holder, 1);
			Button change = toolkit.createButton(grid, Messages.Roles_change, SWT.PUSH);
			change.setEnabled(false);
			holder.addListener(SWT.Selection, event -> change.setEnabled(holder.getSelectionIndex() != current));
			change.addListener(SWT.Selection, event -> {
				int chosen = holder.getSelectionIndex();
				actions.change(role.roleCode(), chosen <= 0 ? null : choices.get(chosen - 1).id());
			});
			holder.setEnabled(refusal == null);
			holder.setToolTipText(refusal);
			holders.add(holder);
		}
		grid.getParent().getParent().layout(true, true);
	}

	/** For tests: the holder choices, one per role. */
	List<Combo> holders() {
		return holders;
	}
}
