package org.carebench.planning.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.carebench.cases.ui.PageSupport;
import org.carebench.core.ProjectRef;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.PlanSetupService;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A project's lists for care plans, kept by its administrators: the goals caseworkers choose from, and the basic
 * plan items whose name and purpose are fixed. Who may not change them reads them, and is told why on trying.
 */
final class PlanListsDialog extends Dialog {

	private final List<ProjectRef> projects;
	private Combo project;
	private org.eclipse.swt.widgets.List goals;
	private Text goalName;
	private Table items;
	private Text itemName;
	private Text itemPurpose;
	private Label problem;

	PlanListsDialog(Shell parent, List<ProjectRef> projects) {
		super(parent);
		this.projects = projects;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Lists_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.Lists_project);
		project = new Combo(area, SWT.READ_ONLY);
		projects.forEach(p -> project.add(p.name()));
		project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		project.addListener(SWT.Selection, event -> reload());

		Group goalGroup = group(area, Messages.Lists_goals, 2);
		goals = new org.eclipse.swt.widgets.List(goalGroup, SWT.BORDER | SWT.V_SCROLL);
		GridData goalsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		goalsData.heightHint = 110;
		goals.setLayoutData(goalsData);
		goalName = new Text(goalGroup, SWT.BORDER);
		goalName.setMessage(Messages.Lists_goalHint);
		goalName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button addGoal = new Button(goalGroup, SWT.PUSH);
		addGoal.setText(Messages.Lists_addGoal);
		addGoal.addListener(SWT.Selection, event -> change(
				() -> Services.get(PlanSetupService.class).defineGoal(projectId(), goalName.getText()), goalName));

		Group itemGroup = group(area, Messages.Lists_items, 3);
		items = new Table(itemGroup, SWT.BORDER | SWT.FULL_SELECTION);
		items.setHeaderVisible(true);
		GridData itemsData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		itemsData.heightHint = 130;
		items.setLayoutData(itemsData);
		for (String[] column : new String[][] { { Messages.Item_name, "200" }, { Messages.Item_purpose, "320" } }) { //$NON-NLS-1$ //$NON-NLS-2$
			TableColumn tableColumn = new TableColumn(items, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		itemName = new Text(itemGroup, SWT.BORDER);
		itemName.setMessage(Messages.Item_name);
		itemName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		itemPurpose = new Text(itemGroup, SWT.BORDER);
		itemPurpose.setMessage(Messages.Item_purpose);
		itemPurpose.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button addItem = new Button(itemGroup, SWT.PUSH);
		addItem.setText(Messages.Lists_addItem);
		addItem.addListener(SWT.Selection, event -> change(() -> Services.get(PlanSetupService.class)
				.defineItem(projectId(), itemName.getText(), itemPurpose.getText()), itemName, itemPurpose));

		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		problemData.widthHint = 560;
		problem.setLayoutData(problemData);
		if (!projects.isEmpty()) {
			project.select(0);
			reload();
		}
		return area;
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		return group;
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
			problem.setText(PageSupport.userMessage(refused));
		}
	}

	/** Runs a change; on success clears the fields and reloads, on refusal keeps them and says why. */
	private void change(Supplier<Object> change, Text... fields) {
		try {
			change.get();
			problem.setText(""); //$NON-NLS-1$
			for (Text field : fields) {
				field.setText(""); //$NON-NLS-1$
			}
			reload();
		} catch (RuntimeException refused) {
			problem.setText(PageSupport.userMessage(refused));
		}
		problem.getParent().layout(true, true);
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

	Label problem() {
		return problem;
	}
}
