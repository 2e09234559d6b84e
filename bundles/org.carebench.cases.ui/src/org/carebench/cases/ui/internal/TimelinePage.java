package org.carebench.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.ScheduledActivity;
import org.carebench.cases.TimelineService;
import org.carebench.cases.ui.CaseEditorPage;
import org.carebench.core.AccessPolicy;
import org.carebench.core.Permission;
import org.carebench.ui.Background;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The case's timeline: the activities its case type scheduled, by due date, to mark done or move. Contributed
 * through {@link TimelinePageContribution}, as any other bundle's page is.
 */
final class TimelinePage implements CaseEditorPage {

	private Table table;
	private Button done;
	private Button reschedule;
	private Label problem;
	private CaseDetails shown;
	private List<ScheduledActivity> activities = List.of();

	@Override
	public Control createControl(Composite parent, FormToolkit toolkit) {
		ScrolledForm form = toolkit.createScrolledForm(parent);
		form.getBody().setLayout(new GridLayout(1, false));
		Composite client = Layouts.section(toolkit, form.getBody(), Messages.Editor_sectionTimeline, 3, true);
		table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		data.heightHint = 260;
		table.setLayoutData(data);
		for (String[] column : new String[][] { { Messages.Timeline_activity, "260" }, { Messages.Timeline_due, "120" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.Timeline_assignee, "180" }, { Messages.Timeline_status, "140" } }) { //$NON-NLS-1$ //$NON-NLS-2$
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		done = toolkit.createButton(client, Messages.Timeline_done, SWT.PUSH);
		reschedule = toolkit.createButton(client, Messages.Timeline_reschedule, SWT.PUSH);
		problem = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		problem.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table.addListener(SWT.Selection, event -> enableButtons());
		done.addListener(SWT.Selection, event -> selected()
				.ifPresent(activity -> change(() -> service().complete(activity.id()))));
		reschedule.addListener(SWT.Selection, event -> selected().ifPresent(activity -> {
			DayDialog dialog = new DayDialog(table.getShell(), NLS.bind(Messages.Timeline_rescheduleTitle, activity.name()),
					activity.due());
			if (dialog.open() == Window.OK) {
				change(() -> service().reschedule(activity.id(), dialog.day()));
			}
		}));
		enableButtons();
		return form;
	}

	private static TimelineService service() {
		return Services.get(TimelineService.class);
	}

	@Override
	public void show(CaseDetails details) {
		shown = details;
		load();
	}

	private void load() {
		long caseId = shown.id();
		background(() -> service().activities(caseId), this::fill);
	}

	private void fill(List<ScheduledActivity> loaded) {
		activities = loaded;
		table.removeAll();
		LocalDate today = LocalDate.now();
		for (ScheduledActivity activity : loaded) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { activity.name(), CaseLabels.day(activity.due()),
					activity.assignee() == null ? Messages.Unassigned : activity.assignee().displayName(),
					activityStatus(activity, today) });
			if (activity.isOverdue(today)) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			} else if (activity.status() != ScheduledActivity.Status.SCHEDULED) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
		if (loaded.isEmpty()) {
			problem.setText(shown.caseType() == null ? Messages.Timeline_noType : ""); //$NON-NLS-1$
		}
		enableButtons();
	}

	static String activityStatus(ScheduledActivity activity, LocalDate today) {
		return switch (activity.status()) {
			case COMPLETED -> NLS.bind(Messages.Timeline_completed, CaseLabels.date(activity.completedAt()));
			case SCHEDULED -> activity.isOverdue(today) ? Messages.Timeline_overdue : Messages.Timeline_scheduled;
			default -> activity.status().name();
		};
	}

	private void enableButtons() {
		boolean open = selected().map(a -> a.status() == ScheduledActivity.Status.SCHEDULED).orElse(false);
		boolean mayEdit = shown != null && shown.allows(Permission.CASE_EDIT);
		done.setEnabled(open && mayEdit);
		reschedule.setEnabled(open && mayEdit);
		String hint = shown != null && !mayEdit
				? NLS.bind(Messages.Editor_notAllowed, Services.get(AccessPolicy.class).describe(Permission.CASE_EDIT))
				: null;
		done.setToolTipText(hint);
		reschedule.setToolTipText(hint);
	}

	private java.util.Optional<ScheduledActivity> selected() {
		int index = table == null ? -1 : table.getSelectionIndex();
		return index < 0 || index >= activities.size() ? java.util.Optional.empty()
				: java.util.Optional.of(activities.get(index));
	}

	private void change(Supplier<ScheduledActivity> change) {
		problem.setText(""); //$NON-NLS-1$
		background(change, changed -> load());
	}

	/** Runs {@code work} off the UI thread, then {@code done}, or shows the refusal; lays the page out again. */
	private <T> void background(Supplier<T> work, java.util.function.Consumer<T> done) {
		Background.run(table, Messages.Job_loadingTimeline, work, result -> {
			done.accept(result);
			problem.getParent().layout(true, true);
		}, message -> {
			problem.setText(message);
			problem.getParent().layout(true, true);
		});
	}

	Table table() {
		return table;
	}
}
