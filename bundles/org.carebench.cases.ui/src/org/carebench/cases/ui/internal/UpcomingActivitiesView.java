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
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
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
		Layouts.columns(parent, 4);
		Layouts.label(parent, Messages.Upcoming_until);
		horizon = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (int days : HORIZON_DAYS) {
			horizon.add(NLS.bind(Messages.Upcoming_days, days));
		}
		horizon.select(1);
		horizon.addListener(SWT.Selection, event -> load());
		done = Layouts.button(parent, Messages.Timeline_done, this::complete);
		done.setEnabled(false);
		problem = Layouts.fillRow(new Label(parent, SWT.WRAP), 1);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		table = Layouts.table(parent, SWT.SINGLE, 200, new String[] { Messages.Timeline_due, Messages.Column_code,
				Messages.Timeline_activity, Messages.Timeline_status }, new int[] { 80, 100, 180, 90 });
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
			TimelinePage.addRow(table, activity, today, CaseLabels.day(activity.due()), activity.caseCode(),
					activity.name());
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
