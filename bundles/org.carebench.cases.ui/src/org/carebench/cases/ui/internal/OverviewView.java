package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseOverview;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.SearchRule;
import org.carebench.ui.Background;
import org.carebench.ui.Events;
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/**
 * Where a caseworker starts the day: how many cases he sees (total, unassigned, assigned, closed), each count a
 * link that filters the case list, and his recent cases, a double-click away.
 */
public class OverviewView extends ViewPart {

	public static final String ID = "org.carebench.cases.ui.overview"; //$NON-NLS-1$
	private static final int RECENT = 12;
	/** Many changes in a row (a bulk change, an import) reload the counts once. */
	private static final int RELOAD_DELAY_MS = 1500;

	private FormToolkit toolkit;
	private ScrolledForm form;
	private final List<Label> counts = new ArrayList<>();
	private Table recent;
	private List<CaseSummary> recentCases = List.of();
	private final List<ServiceRegistration<EventHandler>> subscriptions = new ArrayList<>();
	private final Runnable reload = this::load;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Overview_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		Composite grid = Layouts.section(toolkit, body, Messages.Overview_counts, 2, false);
		count(grid, Messages.Overview_total, CaseQuery.ALL);
		count(grid, Messages.Overview_unassigned, CaseQuery.ALL.withAssignee(AssigneeFilter.UNASSIGNED));
		count(grid, Messages.Overview_assigned, CaseQuery.ALL.withRules(
				List.of(SearchRule.of(SearchRule.Field.CLOSED, SearchRule.Operator.IS_EMPTY, null),
						SearchRule.of(SearchRule.Field.ASSIGNEE, SearchRule.Operator.IS_NOT_EMPTY, null)),
				false));
		count(grid, Messages.Overview_closed, CaseQuery.ALL.withRules(
				List.of(SearchRule.of(SearchRule.Field.CLOSED, SearchRule.Operator.IS_NOT_EMPTY, null)), false));
		Composite mine = Layouts.section(toolkit, body, Messages.Overview_recent, 1, true);
		recent = toolkit.createTable(mine, SWT.SINGLE | SWT.FULL_SELECTION);
		recent.setHeaderVisible(false);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 200;
		recent.setLayoutData(data);
		new org.eclipse.swt.widgets.TableColumn(recent, SWT.NONE).setWidth(120);
		new org.eclipse.swt.widgets.TableColumn(recent, SWT.NONE).setWidth(200);
		recent.addListener(SWT.DefaultSelection, event -> openRecent());
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.CHANGED, event -> reloadSoon()));
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.MANY_CHANGED, event -> reloadSoon()));
		load();
	}

	private void count(Composite grid, String caption, CaseQuery query) {
		Label number = toolkit.createLabel(grid, "\u2026", SWT.RIGHT); //$NON-NLS-1$
		number.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(90, SWT.DEFAULT).applyTo(number);
		Hyperlink link = toolkit.createHyperlink(grid, caption, SWT.NONE);
		link.setToolTipText(Messages.Overview_showInList);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				try {
					CaseListView list = (CaseListView) getSite().getPage().showView(CaseListView.ID);
					list.applyQuery(query);
				} catch (PartInitException e) {
					Problems.log(e);
				}
			}
		});
		counts.add(number);
	}

	private void reloadSoon() {
		if (!form.isDisposed()) {
			form.getDisplay().timerExec(-1, reload);
			form.getDisplay().timerExec(RELOAD_DELAY_MS, reload);
		}
	}

	/** Reads the counts and recent cases in a job. */
	void load() {
		if (form == null || form.isDisposed()) {
			return;
		}
		CaseSearchService search = Services.get(CaseSearchService.class);
		Background.run(form, Messages.Overview_loading, () -> search.overview(RECENT), this::show, form::setText);
	}

	private void show(CaseOverview overview) {
		long[] values = { overview.total(), overview.unassigned(), overview.assigned(), overview.closed() };
		for (int i = 0; i < values.length; i++) {
			counts.get(i).setText(CaseLabels.count(values[i]));
		}
		recentCases = overview.myRecent();
		recent.removeAll();
		for (CaseSummary row : recentCases) {
			TableItem item = new TableItem(recent, SWT.NONE);
			item.setText(new String[] { row.code(), CaseLabels.client(row.clientName()) });
		}
		if (recentCases.isEmpty()) {
			new TableItem(recent, SWT.NONE).setText(1, Messages.Overview_noRecent);
		}
		form.setText(NLS.bind(Messages.Overview_titleWithCount, CaseLabels.count(overview.total())));
		form.reflow(true);
	}

	private void openRecent() {
		int index = recent.getSelectionIndex();
		if (index >= 0 && index < recentCases.size()) {
			OpenCaseHandler.open(getSite().getPage(), List.of(recentCases.get(index)));
		}
	}


	/** For tests: the four counts as shown, and the recent cases. */
	List<String> shownCounts() {
		return counts.stream().map(Label::getText).toList();
	}

	Table recent() {
		return recent;
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		subscriptions.forEach(ServiceRegistration::unregister);
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
