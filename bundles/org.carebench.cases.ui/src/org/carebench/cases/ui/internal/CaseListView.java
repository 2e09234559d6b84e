package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.SearchRule;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.Session;
import org.carebench.core.TeamService;
import org.carebench.core.UserRef;
import org.carebench.ui.Background;
import org.carebench.ui.Events;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/**
 * The list of cases: filters by status, assignment and project, sorting by any column, and a virtual table that
 * fetches only the rows it shows, so that a million cases scroll as smoothly as a hundred. Double-click or Enter
 * opens a case.
 */
public class CaseListView extends ViewPart {

	public static final String ID = "org.carebench.cases.ui.caseList"; //$NON-NLS-1$

	private CaseService cases;
	private TableViewer viewer;
	private CaseListModel model;
	private CaseListFilters filters;
	private Text searchText;
	private Button advanced;
	private SavedViewsBar savedViews;
	private Label countLabel;
	/** The rules of the advanced search, and whether any of them is enough. */
	private List<SearchRule> rules = List.of();
	private boolean matchAny;
	/** Types the search a moment after the user stops typing, not at every key. */
	private final Runnable searchSoon = () -> {
		if (!viewer.getControl().isDisposed()) {
			model.load(queryFromFilters());
		}
	};
	private final List<ServiceRegistration<EventHandler>> subscriptions = new ArrayList<>();

	/** A row not fetched yet; one per index, as the virtual table needs distinct elements. */
	record Pending(int index) {
	}

	@Override
	public void createPartControl(Composite parent) {
		cases = Services.get(CaseService.class);
		Layouts.columns(parent, 1);
		createFilterBar(parent);
		createTable(parent);
		model = new CaseListModel(cases, parent, new CaseListModel.Listener() {
			@Override
			public void reset(int count) {
				viewer.getTable().clearAll();
				viewer.setItemCount(count);
				countLabel.setText(count == 1 ? Messages.List_countOne : NLS.bind(Messages.List_count, CaseLabels.count(count)));
				countLabel.getParent().layout();
			}

			@Override
			public void rowsLoaded(int from, int to) {
				Table table = viewer.getTable();
				for (int index = from; index < to && index < table.getItemCount(); index++) {
					CaseSummary row = model.row(index);
					if (row != null) {
						viewer.replace(row, index);
					}
				}
			}

			@Override
			public void failed(String message) {
				showFailure(message);
			}
		});
		createContextMenu();
		getSite().setSelectionProvider(viewer);
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.CHANGED, event -> {
			if (!viewer.getControl().isDisposed()) {
				model.refreshCase((Long) event.getProperty(CaseEvents.CASE_ID));
			}
		}));
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.MANY_CHANGED, event -> refresh()));
		countLabel.setText(Messages.List_loading);
		loadChoicesThenCases(parent);
	}

	private void createFilterBar(Composite parent) {
		Composite bar = Layouts.flush(new Composite(parent, SWT.NONE), 8);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		searchText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		searchText.setMessage(Messages.List_searchHint);
		searchText.setToolTipText(Messages.List_searchTooltip);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).span(2, 1).hint(260, SWT.DEFAULT)
				.applyTo(searchText);
		searchText.addListener(SWT.Modify, event -> {
			event.display.timerExec(-1, searchSoon);
			event.display.timerExec(SEARCH_DELAY_MS, searchSoon);
		});
		filters = new CaseListFilters(bar, () -> model.load(queryFromFilters()));

		Composite second = Layouts.flush(new Composite(bar, SWT.NONE), 6);
		GridDataFactory.fillDefaults().grab(true, false).span(8, 1).applyTo(second);
		advanced = Layouts.button(second, Messages.List_advanced, this::editRules);
		advanced.setToolTipText(Messages.List_advancedTooltip);
		savedViews = new SavedViewsBar(second, this::queryFromFilters, this::applyQuery, this::showFailure);
		countLabel = new Label(second, SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(countLabel);
	}

	private static final int SEARCH_DELAY_MS = 250;

	private void editRules() {
		AdvancedSearchDialog dialog = new AdvancedSearchDialog(getSite().getShell(), rules, matchAny,
				filters.statuses(), filters.projects());
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			rules = dialog.rules();
			matchAny = dialog.matchAny();
			showRuleCount();
			model.load(queryFromFilters());
		}
	}

	private void showFailure(String message) {
		countLabel.setText(NLS.bind(Messages.List_failed, message));
		countLabel.getParent().layout();
	}

	private void showRuleCount() {
		advanced.setText(rules.isEmpty() ? Messages.List_advanced : NLS.bind(Messages.List_advancedCount, rules.size()));
		advanced.getParent().layout();
	}

	/** Shows a saved (or any) query: its text, filters and rules in their controls, then its cases. */
	void applyQuery(CaseQuery query) {
		searchText.setText(query.text() == null ? "" : query.text()); //$NON-NLS-1$
		viewer.getControl().getDisplay().timerExec(-1, searchSoon);
		filters.show(query);
		rules = query.rules();
		matchAny = query.matchAny();
		showRuleCount();
		Table table = viewer.getTable();
		int column = switch (query.sort()) {
			case CODE -> 0;
			case CLIENT -> 1;
			case STATUS -> 2;
			case OPENED -> 5;
			case LAST_ACTIVITY -> 6;
		};
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(query.ascending() ? SWT.UP : SWT.DOWN);
		model.load(query);
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.setUseHashlookup(true);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		Layouts.fillCell(table);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				CaseSummary row = model.row(index);
				viewer.replace(row != null ? row : new Pending(index), index);
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// rows come from the model
			}
		});
		column(Messages.Column_code, 120, CaseSort.CODE, CaseSummary::code, row -> false);
		column(Messages.Column_client, 200, CaseSort.CLIENT, row -> CaseLabels.client(row.clientName()),
				CaseSummary::isAnonymous);
		column(Messages.Column_status, 120, CaseSort.STATUS,
				row -> CaseLabels.status(row.statusCode(), filters.statusName(row.statusCode())), row -> false);
		column(Messages.Column_assignee, 180, null, CaseListView::assignment,
				row -> row.assigneeId() == null && row.teamName() == null);
		column(Messages.Column_project, 200, null, row -> filters.projectName(row.projectId()), row -> false);
		column(Messages.Column_opened, 110, CaseSort.OPENED, row -> CaseLabels.date(row.openedAt()), row -> false);
		column(Messages.Column_lastActivity, 150, CaseSort.LAST_ACTIVITY,
				row -> CaseLabels.dateTime(row.lastActivityAt()), row -> false);
		table.setSortColumn(table.getColumn(6));
		table.setSortDirection(SWT.DOWN);
		viewer.addOpenListener(event -> OpenCaseHandler.open(getSite().getPage(), selectedCases()));
		viewer.setInput(this);
	}

	/**
	 * @param sort the order a click on the header asks for; {@code null} when the column cannot sort
	 * @param dim  rows whose value is an absence (anonymous, unassigned), shown grey
	 */
	private void column(String title, int width, CaseSort sort, Function<CaseSummary, String> text,
			Predicate<CaseSummary> dim) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof CaseSummary row ? text.apply(row) : Messages.List_loadingRow;
			}

			@Override
			public Color getForeground(Object element) {
				boolean grey = !(element instanceof CaseSummary row) || dim.test(row);
				return grey ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
			}
		});
		if (sort != null) {
			column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), sort));
		}
	}

	private void sortBy(TableColumn column, CaseSort sort) {
		Table table = viewer.getTable();
		boolean ascending = table.getSortColumn() == column ? table.getSortDirection() == SWT.DOWN
				: sort == CaseSort.CODE || sort == CaseSort.CLIENT || sort == CaseSort.STATUS;
		table.setSortColumn(column);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		model.load(model.query().sortedBy(sort, ascending));
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);
	}

	/** What the filters offer: read in one job before the first list. */
	/** Fills the filters from the database (in a job), then loads the cases. */
	private void loadChoicesThenCases(Composite parent) {
		Background.run(parent, Messages.Job_loadingList, () -> {
			DirectoryService directory = Services.get(DirectoryService.class);
			UserRef me = Services.get(Session.class).user().orElse(null);
			return new CaseListFilters.Choices(cases.statuses(), directory.users(),
					me == null ? List.of() : Services.get(TeamService.class).teams(me.organizationId()),
					directory.projects(), me);
		}, choices -> {
			filters.fill(choices);
			savedViews.load();
			model.load(queryFromFilters());
		}, this::showFailure);
	}

	private CaseQuery queryFromFilters() {
		return filters.applyTo(model.query().withText(searchText.getText().strip()).withRules(rules, matchAny));
	}

	private static String assignment(CaseSummary row) {
		if (row.teamName() == null) {
			return row.assigneeName() == null ? Messages.Unassigned : row.assigneeName();
		}
		return row.assigneeName() == null ? NLS.bind(Messages.List_team, row.teamName())
				: row.assigneeName() + " \u00b7 " + row.teamName(); //$NON-NLS-1$
	}

	/** The ids of the selected rows, fetched or not. */
	long[] selectedIds() {
		return model.ids(viewer.getTable().getSelectionIndices());
	}

	/** The selected cases that have been fetched. */
	List<CaseSummary> selectedCases() {
		List<CaseSummary> selected = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			if (element instanceof CaseSummary row) {
				selected.add(row);
			}
		}
		return selected;
	}

	/** Reloads the list with the same filters and order. */
	public void refresh() {
		if (model != null && !viewer.getControl().isDisposed()) {
			model.reload();
		}
	}

	/** For tests and other screens: the table and its model. */
	TableViewer viewer() {
		return viewer;
	}

	CaseListModel model() {
		return model;
	}

	Combo statusFilter() {
		return filters.statusCombo();
	}

	Combo assigneeFilter() {
		return filters.assigneeCombo();
	}

	Text searchText() {
		return searchText;
	}

	Combo views() {
		return savedViews.combo();
	}

	/** Sets the advanced-search rules (as the dialog does) and reloads. */
	void setRules(List<SearchRule> newRules, boolean any) {
		rules = newRules;
		matchAny = any;
		showRuleCount();
		model.load(queryFromFilters());
	}

	List<CaseStatus> statuses() {
		return filters.statuses();
	}

	List<ProjectRef> projects() {
		return filters.projects();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		subscriptions.forEach(ServiceRegistration::unregister);
		subscriptions.clear();
		super.dispose();
	}
}
