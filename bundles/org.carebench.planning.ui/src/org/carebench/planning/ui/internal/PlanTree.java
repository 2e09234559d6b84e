package org.carebench.planning.ui.internal;

import java.time.LocalDate;

import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanStructure.Group;
import org.carebench.planning.PlanStructure.SubGoal;
import org.carebench.planning.ServicePlan;
import org.carebench.ui.Dates;
import org.carebench.ui.Layouts;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The care plan's tree: its groups, sub-goals and items, each item with its progress drawn as a bar. */
final class PlanTree {

	private static final int PROGRESS_COLUMN = 1;

	private PlanTree() {
	}

	/** The tree, with its columns; progress next to the name, where it is seen without scrolling. */
	static Tree create(FormToolkit toolkit, Composite parent) {
		Tree tree = toolkit.createTree(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		Layouts.fillArea(tree, 760, 280);
		String[] titles = { Messages.Items_name, Messages.Items_progress, Messages.Items_status, Messages.Items_type,
				Messages.Items_owner, Messages.Items_expected, Messages.Items_actual };
		int[] widths = { 220, 110, 90, 130, 120, 150, 150 };
		for (int i = 0; i < titles.length; i++) {
			TreeColumn treeColumn = new TreeColumn(tree, SWT.NONE);
			treeColumn.setText(titles[i]);
			treeColumn.setWidth(widths[i]);
		}
		tree.addListener(SWT.PaintItem, event -> paintProgress(tree, event));
		return tree;
	}

	/** Shows {@code plan}'s groups, their sub-goals and items, all expanded. */
	static void show(Tree tree, ServicePlan plan) {
		for (Group group : plan.groups()) {
			TreeItem groupItem = new TreeItem(tree, SWT.NONE);
			groupItem.setText(new String[] { group.name(), "", "", Messages.Items_group, "", "", "" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			groupItem.setData(group);
			groupItem.setFont(JFaceResources.getBannerFont());
			plan.subGoals().stream().filter(s -> Long.valueOf(group.id()).equals(s.groupId()))
					.forEach(subGoal -> addSubGoalItem(plan, new TreeItem(groupItem, SWT.NONE), subGoal));
			groupItem.setExpanded(true);
		}
		plan.subGoals().stream().filter(s -> s.groupId() == null)
				.forEach(subGoal -> addSubGoalItem(plan, new TreeItem(tree, SWT.NONE), subGoal));
		expandAll(tree.getItems());
	}

	private static void expandAll(TreeItem[] items) {
		for (TreeItem item : items) {
			item.setExpanded(true);
			expandAll(item.getItems());
		}
	}

	private static void addSubGoalItem(ServicePlan plan, TreeItem subGoalItem, SubGoal subGoal) {
		subGoalItem.setText(new String[] { subGoal.name(), "", "", Messages.Items_subGoal, "", "", "" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		subGoalItem.setData(subGoal);
		for (PlanItem item : plan.items()) {
			if (item.subGoalId() != subGoal.id()) {
				continue;
			}
			TreeItem row = new TreeItem(subGoalItem, SWT.NONE);
			row.setText(new String[] { item.name(), "", PlanLabels.status(item.status()), item.typeLabel(), //$NON-NLS-1$
					item.ownerName() == null ? "" : item.ownerName(), //$NON-NLS-1$
					range(item.expectedStart(), item.expectedEnd()), range(item.actualStart(), item.actualEnd()) });
			row.setData(item);
			if (!item.typeKnown()) {
				row.setForeground(subGoalItem.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
	}

	private static String range(java.time.LocalDate start, java.time.LocalDate end) {
		if (start == null && end == null) {
			return ""; //$NON-NLS-1$
		}
		return Dates.day(start) + " \u2013 " + Dates.day(end); //$NON-NLS-1$
	}

	/** Draws the item's progress as a bar with its percentage. */
	private static void paintProgress(Tree tree, Event event) {
		if (event.index != PROGRESS_COLUMN || !(event.item.getData() instanceof PlanItem item)) {
			return;
		}
		int width = tree.getColumn(PROGRESS_COLUMN).getWidth() - 8;
		int barWidth = (int) Math.round((width - 44) * item.progress());
		Color old = event.gc.getBackground();
		event.gc.setBackground(tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		event.gc.fillRectangle(event.x + 3, event.y + 4, width - 44, event.height - 8);
		event.gc.setBackground(tree.getDisplay().getSystemColor(
				item.status() == org.carebench.planning.PlanItemStatus.CANCELLED ? SWT.COLOR_GRAY : SWT.COLOR_DARK_GREEN));
		event.gc.fillRectangle(event.x + 3, event.y + 4, barWidth, event.height - 8);
		event.gc.setBackground(old);
		String percent = PlanLabels.percent(item.progress());
		Point extent = event.gc.textExtent(percent);
		event.gc.drawText(percent, event.x + width - extent.x + 4, event.y + (event.height - extent.y) / 2, true);
	}
}
