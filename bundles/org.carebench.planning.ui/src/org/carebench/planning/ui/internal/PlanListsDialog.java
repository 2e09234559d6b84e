package org.carebench.planning.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.carebench.core.ProjectRef;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.PlanSetupService;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A project's lists for care plans, kept by its administrators: the goals caseworkers choose from, and the basic
 * plan items whose name and purpose are fixed. Who may not change them reads them, and is told why on trying.
 */
final class PlanListsDialog extends CarebenchDialog {

	private final List<ProjectRef> projects;
	private Combo project;
	private org.eclipse.swt.widgets.List goals;
	private Text goalName;
	private Table items;
	private Text itemName;
	private Text itemPurpose;

	PlanListsDialog(Shell parent, List<ProjectRef> projects) {
		super(parent, Messages.Lists_title, 2);
		this.projects = projects;
	}

	@Override
	protected void createArea(Composite grid) {
		project = Layouts.comboRow(grid, Messages.Lists_project);
		projects.forEach(p -> project.add(p.name()));
		project.addListener(SWT.Selection, event -> reload());

		Group goalGroup = Layouts.group(grid, Messages.Lists_goals, 2);
		goals = Layouts.fillArea(new org.eclipse.swt.widgets.List(goalGroup, SWT.BORDER | SWT.V_SCROLL), 320, 110);
		goalName = Layouts.hintedText(goalGroup, Messages.Lists_goalHint, SWT.NONE);
		Layouts.button(goalGroup, Messages.Lists_addGoal, () -> change(
				() -> Services.get(PlanSetupService.class).defineGoal(projectId(), goalName.getText()), goalName));

		Group itemGroup = Layouts.group(grid, Messages.Lists_items, 3);
		items = Layouts.table(itemGroup, SWT.NONE, 130, new String[] { Messages.Item_name, Messages.Item_purpose },
				new int[] { 200, 320 });
		itemName = Layouts.hintedText(itemGroup, Messages.Item_name, SWT.NONE);
		itemPurpose = Layouts.hintedText(itemGroup, Messages.Item_purpose, SWT.NONE);
		Layouts.button(itemGroup, Messages.Lists_addItem, () -> change(() -> Services.get(PlanSetupService.class)
				.defineItem(projectId(), itemName.getText(), itemPurpose.getText()), itemName, itemPurpose));
		if (!projects.isEmpty()) {
			project.select(0);
			reload();
		}
	}

	private long projectId() {
		return projects.get(Math.max(0, project.getSelectionIndex())).id();
	}

	private void reload() {
		PlanSetupService service = Services.get(PlanSetupService.class);
		goals.removeAll();
		items.removeAll();
		try {
			service.goalDefinitions(projectId()).stream().map(GoalDefinition::name).forEach(goals::add);
			for (ItemDefinition definition : service.itemDefinitions(projectId())) {
				new TableItem(items, SWT.NONE).setText(new String[] { definition.name(),
						definition.purpose() == null ? "" : definition.purpose() }); //$NON-NLS-1$
			}
		} catch (RuntimeException refused) {
			refused(refused);
		}
	}

	/** Runs a change; on success clears the fields and reloads, on refusal keeps them and says why. */
	private void change(Supplier<Object> change, Text... fields) {
		try {
			change.get();
			showProblem(null);
			for (Text field : fields) {
				field.setText(""); //$NON-NLS-1$
			}
			reload();
		} catch (RuntimeException refused) {
			refused(refused);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	/** For tests. */
	Text goalName() {
		return goalName;
	}

	org.eclipse.swt.widgets.List goals() {
		return goals;
	}
}
