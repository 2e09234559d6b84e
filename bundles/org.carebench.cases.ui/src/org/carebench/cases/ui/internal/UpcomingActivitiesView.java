package org.carebench.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carebench.cases.CaseEvents;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.TimelineService;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.ui.Background;
import org.carebench.ui.Events;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/**
 * What is due for the signed-in user across his cases: overdue first (in red), then by due date, up to the horizon
 * he picks. Double-click opens the case on its timeline; "Mark done" completes the activity.
 */
public class UpcomingActivitiesView extends ViewPart {

	public static final String ID = "org.carebench.cases.ui.upcoming"; //$NON-NLS-1$
	private static final int[] HORIZON_DAYS = { 7, 14, 30, 90 };

	private Combo horizon;
	private Table table;
	private Button done;
	private Label problem;
	private List<ScheduledActivity> activities = List.of();
	private final List<ServiceRegistration<EventHandler>> subscriptions = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		new Label(parent, SWT.NONE).setText(Messages.Upcoming_until);
		horizon = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (int days : HORIZON_DAYS) {
			horizon.add(NLS.bind(Messages.Upcoming_days, days));
		}
		horizon.select(1);
		horizon.addListener(SWT.Selection, event -> load());
		done = new Button(parent, SWT.PUSH);
		done.setText(Messages.Timeline_done);
		done.setEnabled(false);
		done.addListener(SWT.Selection, event -> complete());
		problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		for (String[] column : new String[][] { { Messages.Timeline_due, "80" }, { Messages.Column_code, "100" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.Timeline_activity, "180" }, { Messages.Timeline_status, "90" } }) { //$NON-NLS-1$ //$NON-NLS-2$
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.Selection, event -> done.setEnabled(table.getSelectionIndex() >= 0
				&& table.getSelectionIndex() < activities.size()));
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.CHANGED, event -> load()));
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.MANY_CHANGED, event -> load()));
		load();
	}

	void load() {
		if (table == null || table.isDisposed()) {
			return;
		}
		LocalDate until = LocalDate.now().plusDays(HORIZON_DAYS[Math.max(0, horizon.getSelectionIndex())]);
		TimelineService timeline = Services.get(TimelineService.class);
		Background.run(table, Messages.Job_loadingTimeline, () -> timeline.upcomingForMe(until), this::fill,
				problem::setText);
	}

	private void fill(List<ScheduledActivity> found) {
		activities = found;
		table.removeAll();
		LocalDate today = LocalDate.now();
		for (ScheduledActivity activity : found) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { CaseLabels.day(activity.due()), activity.caseCode(), activity.name(),
					TimelinePage.activityStatus(activity, today) });
			if (activity.isOverdue(today)) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		if (found.isEmpty()) {
			new TableItem(table, SWT.NONE).setText(2, Messages.Upcoming_none);
		}
		done.setEnabled(false);
		setContentDescription(NLS.bind(Messages.Upcoming_count, found.size()));
	}

	private void openSelected() {
		int index = table.getSelectionIndex();
		if (index >= 0 && index < activities.size()) {
			ScheduledActivity activity = activities.get(index);
			try {
				IEditorPart editor = CaseEditors.open(getSite().getPage(), activity.caseId(), activity.caseCode());
				if (editor instanceof CaseEditor caseEditor) {
					caseEditor.showPage(Messages.Editor_sectionTimeline);
				}
			} catch (PartInitException e) {
				Problems.log(e);
			}
		}
	}

	private void complete() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= activities.size()) {
			return;
		}
		long activityId = activities.get(index).id();
		TimelineService timeline = Services.get(TimelineService.class);
		Background.run(table, Messages.Job_loadingTimeline, () -> timeline.complete(activityId), completed -> load(),
				problem::setText);
	}

	Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		subscriptions.forEach(ServiceRegistration::unregister);
		super.dispose();
	}
}
