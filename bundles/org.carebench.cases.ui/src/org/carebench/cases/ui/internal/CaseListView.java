package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSort;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.CaseSummary;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
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
	private Label countLabel;
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
		cases = CasesUi.service(CaseService.class);
		parent.setLayout(new GridLayout(1, false));
		createFilterBar(parent);
		createTable(parent);
		model = new CaseListModel(cases, parent.getDisplay(), new CaseListModel.Listener() {
			@Override
			public void reset(int count) {
				viewer.getTable().clearAll();
				viewer.setItemCount(count);
				countLabel.setText(count == 1 ? Messages.List_countOne : NLS.bind(Messages.List_count, String.format("%,d", count))); //$NON-NLS-1$
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
				countLabel.setText(NLS.bind(Messages.List_failed, message));
				countLabel.getParent().layout();
			}
		});
		createContextMenu();
		getSite().setSelectionProvider(viewer);
		subscriptions.add(CasesUi.subscribe(CaseEvents.CHANGED, parent.getDisplay(), event -> {
			if (!viewer.getControl().isDisposed()) {
				model.refreshCase((Long) event.getProperty(CaseEvents.CASE_ID));
			}
		}));
		subscriptions.add(CasesUi.subscribe(CaseEvents.MANY_CHANGED, parent.getDisplay(), event -> refresh()));
		countLabel.setText(Messages.List_loading);
		loadChoicesThenCases(parent);
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(7, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		bar.setLayout(layout);
		statusFilter = filter(bar, Messages.List_status);
		assigneeFilter = filter(bar, Messages.List_assignee);
		projectFilter = filter(bar, Messages.List_project);
		countLabel = new Label(bar, SWT.RIGHT);
		countLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private Combo filter(Composite bar, String label) {
		new Label(bar, SWT.NONE).setText(label);
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = 170;
		combo.setLayoutData(data);
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
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
		column(Messages.Column_assignee, 160, null,
				row -> row.assigneeName() == null ? Messages.Unassigned : row.assigneeName(),
				row -> row.assigneeId() == null);
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

	/** Fills the filters from the database (in a job), then loads the cases. */
	private void loadChoicesThenCases(Composite parent) {
		Job.create(Messages.Job_loadingList, monitor -> {
			List<CaseStatus> found = cases.statuses();
			DirectoryService directory = CasesUi.service(DirectoryService.class);
			List<UserRef> users = directory.users();
			List<ProjectRef> projects = directory.projects();
			UserRef me = CasesUi.service(Session.class).user().orElse(null);
			parent.getDisplay().asyncExec(() -> {
				if (!parent.isDisposed()) {
					fillFilters(found, users, projects, me);
					model.load(queryFromFilters());
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void fillFilters(List<CaseStatus> found, List<UserRef> users, List<ProjectRef> projectList, UserRef me) {
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
	}

	private CaseQuery queryFromFilters() {
		int status = statusFilter.getSelectionIndex();
		int assignee = Math.max(0, assigneeFilter.getSelectionIndex());
		int project = Math.max(0, projectFilter.getSelectionIndex());
		CaseQuery current = model.query();
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
