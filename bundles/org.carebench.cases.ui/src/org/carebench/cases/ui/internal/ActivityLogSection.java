package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.carebench.cases.Workflow;
import org.carebench.core.ActivityEntry;
import org.carebench.ui.Layouts;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The activity log of a case, newest first: when, who, what. */
final class ActivityLogSection {

	private final TableViewer viewer;
	private List<ActivityEntry> entries = List.of();
	private Workflow workflow;

	ActivityLogSection(FormToolkit toolkit, Composite parent) {
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionLog, 1, true);
		viewer = new TableViewer(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Log_when, 150, entry -> CaseLabels.dateTime(entry.occurredAt()));
		column(Messages.Log_who, 160, entry -> entry.actor().displayName());
		column(Messages.Log_what, 520, entry -> CaseLabels.describe(entry, workflow));
		toolkit.adapt(viewer.getTable());
	}

	private void column(String title, int width, Function<ActivityEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ActivityEntry) element);
			}
		});
	}

	/**
	 * Shows the log given oldest first (as the service returns it), newest on top; statuses and closing reasons
	 * by their names in {@code workflow}.
	 */
	void show(List<ActivityEntry> log, Workflow workflow) {
		this.workflow = workflow;
		entries = log;
		List<ActivityEntry> newestFirst = new ArrayList<>(log);
		java.util.Collections.reverse(newestFirst);
		viewer.setInput(newestFirst);
	}

	List<ActivityEntry> entries() {
		return entries;
	}

	/** For tests: the lines as shown. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			lines.add(viewer.getTable().getItem(i).getText(2));
		}
		return lines;
	}
}
