package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.SavedView;
import org.carebench.cases.SearchRule;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.Session;
import org.carebench.core.TeamRef;
import org.carebench.core.TeamService;
import org.carebench.core.UserRef;
import org.carebench.ui.Background;
import org.carebench.ui.Events;
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
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
	private Combo statusFilter;
	private Combo assigneeFilter;
	private Combo projectFilter;
	private Text searchText;
	private Button advanced;
	private Combo views;
	private Button saveView;
	private Button deleteView;
	private Label countLabel;
	private List<SavedView> savedViews = List.of();
	/** The rules of the advanced search, and whether any of them is enough. */
	private List<SearchRule> rules = List.of();
	private boolean matchAny;
	/** Types the search a moment after the user stops typing, not at every key. */
	private final Runnable searchSoon = () -> {
		if (!viewer.getControl().isDisposed()) {
			model.load(queryFromFilters());
		}
	};
	private final List<CaseStatus> statuses = new ArrayList<>();
	private final List<AssigneeFilter> assigneeChoices = new ArrayList<>();
	private final List<Long> projectChoices = new ArrayList<>();
	private List<ProjectRef> projects = List.of();
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
		statusFilter = filter(bar, Messages.List_status);
		assigneeFilter = filter(bar, Messages.List_assignee);
		projectFilter = filter(bar, Messages.List_project);

		Composite second = Layouts.flush(new Composite(bar, SWT.NONE), 6);
		GridDataFactory.fillDefaults().grab(true, false).span(8, 1).applyTo(second);
		advanced = Layouts.button(second, Messages.List_advanced, this::editRules);
		advanced.setToolTipText(Messages.List_advancedTooltip);
		Layouts.label(second, Messages.List_views);
		views = new Combo(second, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(views);
		views.addListener(SWT.Selection, event -> {
			int index = views.getSelectionIndex();
			if (index > 0) {
				applyQuery(savedViews.get(index - 1).query());
			}
			deleteView.setEnabled(index > 0);
		});
		saveView = Layouts.button(second, Messages.List_saveView, this::saveCurrentView);
		deleteView = Layouts.button(second, Messages.List_deleteView, this::deleteChosenView);
		deleteView.setEnabled(false);
		countLabel = new Label(second, SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(countLabel);
	}

	private static final int SEARCH_DELAY_MS = 250;

	private void editRules() {
		AdvancedSearchDialog dialog = new AdvancedSearchDialog(getSite().getShell(), rules, matchAny, statuses,
				projects);
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

	private void loadViews() {
		CaseSearchService search = Services.get(CaseSearchService.class);
		Background.run(views, Messages.Job_loadingList, search::savedViews, found -> {
			savedViews = found;
			views.removeAll();
			views.add(Messages.List_noView);
			found.forEach(view -> views.add(view.name()));
			views.select(0);
			deleteView.setEnabled(false);
		}, this::showFailure);
	}

	private void saveCurrentView() {
		int chosen = views.getSelectionIndex();
		org.eclipse.jface.dialogs.InputDialog name = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
				Messages.List_saveViewTitle, Messages.List_saveViewName,
				chosen > 0 ? savedViews.get(chosen - 1).name() : "", //$NON-NLS-1$
				text -> text == null || text.isBlank() ? Messages.List_saveViewNameRequired : null);
		if (name.open() == org.eclipse.jface.window.Window.OK) {
			try {
				Services.get(CaseSearchService.class).saveView(name.getValue(), queryFromFilters());
				loadViews();
			} catch (RuntimeException e) {
				org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.List_saveViewTitle,
						Problems.message(e));
			}
		}
	}

	private void deleteChosenView() {
		int chosen = views.getSelectionIndex();
		if (chosen > 0 && org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(),
				Messages.List_deleteView, NLS.bind(Messages.List_deleteViewQuestion, savedViews.get(chosen - 1).name()))) {
			try {
				Services.get(CaseSearchService.class).deleteView(savedViews.get(chosen - 1).id());
			} catch (RuntimeException e) {
				Problems.log(e);
			}
			loadViews();
		}
	}

	/** Shows a saved (or any) query: its text, filters and rules in their controls, then its cases. */
	void applyQuery(CaseQuery query) {
		searchText.setText(query.text() == null ? "" : query.text()); //$NON-NLS-1$
		viewer.getControl().getDisplay().timerExec(-1, searchSoon);
		int status = query.statusCode() == null ? 0
				: 1 + statuses.stream().map(CaseStatus::code).toList().indexOf(query.statusCode());
		statusFilter.select(Math.max(0, status));
		int assignee = assigneeChoices.indexOf(query.assignee());
		assigneeFilter.select(Math.max(0, assignee));
		projectFilter.select(Math.max(0, projectChoices.indexOf(query.projectId())));
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

	private Combo filter(Composite bar, String label) {
		Layouts.label(bar, label);
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(combo);
		combo.setEnabled(false);
		combo.addListener(SWT.Selection, event -> model.load(queryFromFilters()));
		return combo;
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
				row -> CaseLabels.status(row.statusCode(), statusName(row.statusCode())), row -> false);
		column(Messages.Column_assignee, 180, null, CaseListView::assignment,
				row -> row.assigneeId() == null && row.teamName() == null);
		column(Messages.Column_project, 200, null, row -> projectName(row.projectId()), row -> false);
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
	private record FilterChoices(List<CaseStatus> statuses, List<UserRef> users, List<TeamRef> teams,
			List<ProjectRef> projects, UserRef me) {
	}

	/** Fills the filters from the database (in a job), then loads the cases. */
	private void loadChoicesThenCases(Composite parent) {
		Background.run(parent, Messages.Job_loadingList, () -> {
			DirectoryService directory = Services.get(DirectoryService.class);
			UserRef me = Services.get(Session.class).user().orElse(null);
			return new FilterChoices(cases.statuses(), directory.users(),
					me == null ? List.of() : Services.get(TeamService.class).teams(me.organizationId()),
					directory.projects(), me);
		}, choices -> {
			fillFilters(choices.statuses(), choices.users(), choices.teams(), choices.projects(), choices.me());
			model.load(queryFromFilters());
		}, this::showFailure);
	}

	private void fillFilters(List<CaseStatus> found, List<UserRef> users, List<TeamRef> teams,
			List<ProjectRef> projectList, UserRef me) {
		statuses.clear();
		statuses.addAll(found);
		statusFilter.add(Messages.List_anyStatus);
		found.forEach(status -> statusFilter.add(CaseLabels.status(status)));
		statusFilter.select(0);

		assigneeChoices.clear();
		assigneeFilter.add(Messages.List_anyone);
		assigneeChoices.add(AssigneeFilter.ANY);
		if (me != null) {
			assigneeFilter.add(NLS.bind(Messages.List_me, me.displayName()));
			assigneeChoices.add(AssigneeFilter.user(me.id()));
		}
		assigneeFilter.add(Messages.Unassigned);
		assigneeChoices.add(AssigneeFilter.UNASSIGNED);
		for (TeamRef team : teams) {
			assigneeFilter.add(NLS.bind(Messages.List_team, team.name()));
			assigneeChoices.add(AssigneeFilter.team(team.id()));
		}
		for (UserRef user : users) {
			if (me == null || user.id() != me.id()) {
				assigneeFilter.add(user.displayName());
				assigneeChoices.add(AssigneeFilter.user(user.id()));
			}
		}
		assigneeFilter.select(0);

		projects = projectList;
		projectChoices.clear();
		projectFilter.add(Messages.List_anyProject);
		projectChoices.add(null);
		for (ProjectRef project : projectList) {
			projectFilter.add(project.name());
			projectChoices.add(project.id());
		}
		projectFilter.select(0);
		for (Combo combo : new Combo[] { statusFilter, assigneeFilter, projectFilter }) {
			combo.setEnabled(true);
		}
		loadViews();
	}

	private CaseQuery queryFromFilters() {
		int status = statusFilter.getSelectionIndex();
		int assignee = Math.max(0, assigneeFilter.getSelectionIndex());
		int project = Math.max(0, projectFilter.getSelectionIndex());
		CaseQuery current = model.query().withText(searchText.getText().strip()).withRules(rules, matchAny);
		return current.withStatus(status <= 0 ? null : statuses.get(status - 1).code())
				.withAssignee(assigneeChoices.isEmpty() ? AssigneeFilter.ANY : assigneeChoices.get(assignee))
				.withProject(projectChoices.isEmpty() ? null : projectChoices.get(project));
	}

	private String statusName(String code) {
		return statuses.stream().filter(s -> s.code().equals(code)).map(CaseStatus::name).findFirst().orElse(code);
	}

	private String projectName(long projectId) {
		return projects.stream().filter(p -> p.id() == projectId).map(ProjectRef::name).findFirst()
				.orElse(Objects.toString(projectId));
	}

	/** "Ana García", "Ana García · Night shelter", "Night shelter (team)" or "Unassigned". */
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
		return statusFilter;
	}

	Combo assigneeFilter() {
		return assigneeFilter;
	}

	Text searchText() {
		return searchText;
	}

	Combo views() {
		return views;
	}

	/** Sets the advanced-search rules (as the dialog does) and reloads. */
	void setRules(List<SearchRule> newRules, boolean any) {
		rules = newRules;
		matchAny = any;
		showRuleCount();
		model.load(queryFromFilters());
	}

	List<CaseStatus> statuses() {
		return statuses;
	}

	List<ProjectRef> projects() {
		return projects;
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
