package org.carebench.cases.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
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
		Layouts.columns(form.getBody(), 1);
		Composite client = Layouts.section(toolkit, form.getBody(), Messages.Editor_sectionTimeline, 3, true);
		table = Layouts.table(client, SWT.SINGLE, 260, new String[] { Messages.Timeline_activity, Messages.Timeline_due,
				Messages.Timeline_assignee, Messages.Timeline_status }, new int[] { 260, 120, 180, 140 });
		toolkit.adapt(table, false, false);
		done = toolkit.createButton(client, Messages.Timeline_done, SWT.PUSH);
		reschedule = toolkit.createButton(client, Messages.Timeline_reschedule, SWT.PUSH);
		problem = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		problem.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(problem);
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
			addRow(table, activity, today, activity.name(), CaseLabels.day(activity.due()),
					activity.assignee() == null ? Messages.Unassigned : activity.assignee().displayName());
		}
		if (loaded.isEmpty()) {
			problem.setText(shown.caseType() == null ? Messages.Timeline_noType : ""); //$NON-NLS-1$
		}
		enableButtons();
	}

	/** A row of an activity table: {@code texts}, then its status; overdue in red, done or cancelled greyed. */
	static void addRow(Table table, ScheduledActivity activity, LocalDate today, String... texts) {
		TableItem item = new TableItem(table, SWT.NONE);
		String[] row = Arrays.copyOf(texts, texts.length + 1);
		row[texts.length] = activityStatus(activity, today);
		item.setText(row);
		if (activity.isOverdue(today)) {
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		} else if (activity.status() != ScheduledActivity.Status.SCHEDULED) {
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
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
