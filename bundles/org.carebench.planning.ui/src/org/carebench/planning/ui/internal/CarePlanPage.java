package org.carebench.planning.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.ui.CaseEditorPage;
import org.carebench.core.AccessPolicy;
import org.carebench.core.Permission;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanProgress;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanStructure.Milestone;
import org.carebench.planning.PlanStructure.SubGoal;
import org.carebench.planning.PlanSummary;
import org.carebench.planning.ServicePlan;
import org.carebench.ui.Background;
import org.carebench.ui.Dates;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A case's care plans: goal, members and roll-up; the tree of groups, sub-goals and items with their progress;
 * milestones; the cost statement; the timeline of expected against actual dates.
 */
final class CarePlanPage implements CaseEditorPage {


	private ScrolledForm form;
	private Combo planChoice;
	private Button newPlan;
	private Label goal;
	private Label members;
	private Label rollUp;
	private Tree tree;
	private Table milestones;
	private Table costs;
	private PlanTimeline timeline;
	private Label problem;
	private final List<Button> changeButtons = new ArrayList<>();
	private Button addSubGoal;
	private Button addGroup;
	private Button addItem;
	private Button editItem;
	private Button deliver;
	private Button addMilestone;
	private Button reachMilestone;

	private CaseDetails shown;
	private List<PlanSummary> plans = List.of();
	private ServicePlan plan;

	@Override
	public Control createControl(Composite parent, FormToolkit toolkit) {
		form = toolkit.createScrolledForm(parent);
		Layouts.columns(form.getBody(), 2);

		Composite head = Layouts.section(toolkit, form.getBody(), Messages.Page_title, 3, false);
		((GridData) head.getParent().getLayoutData()).horizontalSpan = 2;
		toolkit.createLabel(head, Messages.Plan_choose);
		planChoice = Layouts.fillRow(new Combo(head, SWT.READ_ONLY), 1);
		planChoice.addListener(SWT.Selection, event -> showPlan(selectedPlanId()));
		newPlan = Layouts.button(head, Messages.Plan_new, this::createPlan);
		goal = wideLabel(toolkit, head, SWT.BOLD);
		members = wideLabel(toolkit, head, SWT.NONE);
		rollUp = wideLabel(toolkit, head, SWT.NONE);

		Composite items = Layouts.section(toolkit, form.getBody(), Messages.Items_section, 1, true);
		tree = PlanTree.create(toolkit, items);
		tree.addListener(SWT.Selection, event -> enableButtons());
		tree.addListener(SWT.DefaultSelection, event -> editItem());
		Composite itemButtons = buttonRow(toolkit, items);
		addSubGoal = button(toolkit, itemButtons, Messages.Items_addSubGoal, this::addSubGoal);
		addGroup = button(toolkit, itemButtons, Messages.Items_addGroup, this::addGroup);
		addItem = button(toolkit, itemButtons, Messages.Items_addItem, this::addItem);
		editItem = button(toolkit, itemButtons, Messages.Items_edit, this::editItem);
		deliver = button(toolkit, itemButtons, Messages.Items_deliver, this::recordDelivery);

		Composite side = Layouts.fillCell(Layouts.columns(toolkit.createComposite(form.getBody()), 1));
		Composite milestoneClient = Layouts.section(toolkit, side, Messages.Milestones_section, 1, false);
		milestones = table(toolkit, milestoneClient, 110,
				new String[] { Messages.Milestones_name, Messages.Milestones_expected, Messages.Milestones_reached });
		milestones.addListener(SWT.Selection, event -> enableButtons());
		Composite milestoneButtons = buttonRow(toolkit, milestoneClient);
		addMilestone = button(toolkit, milestoneButtons, Messages.Milestones_add, this::addMilestone);
		reachMilestone = button(toolkit, milestoneButtons, Messages.Milestones_reach, this::reachMilestone);
		Composite costClient = Layouts.section(toolkit, side, Messages.Costs_section, 1, true);
		costs = table(toolkit, costClient, 130,
				new String[] { Messages.Costs_item, Messages.Costs_expected, Messages.Costs_actual });

		Composite timelineClient = Layouts.section(toolkit, form.getBody(), Messages.Timeline_section, 1, false);
		((GridData) timelineClient.getParent().getLayoutData()).horizontalSpan = 2;
		timeline = new PlanTimeline(timelineClient);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 170).applyTo(timeline.control());

		problem = toolkit.createLabel(form.getBody(), "", SWT.WRAP); //$NON-NLS-1$
		problem.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(problem);
		enableButtons();
		return form;
	}

	private static Label wideLabel(FormToolkit toolkit, Composite parent, int style) {
		Label label = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).span(3, 1).applyTo(label);
		if (style == SWT.BOLD) {
			label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		}
		return label;
	}

	private static Composite buttonRow(FormToolkit toolkit, Composite parent) {
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new RowLayout(SWT.HORIZONTAL));
		return row;
	}

	private Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.addListener(SWT.Selection, event -> action.run());
		changeButtons.add(button);
		return button;
	}

	/** A table of the page (a name, then two amounts or days), with the form's colors. */
	private static Table table(FormToolkit toolkit, Composite parent, int height, String[] titles) {
		Table table = Layouts.table(parent, SWT.SINGLE, height, titles, new int[] { 170, 100, 100 });
		toolkit.adapt(table, false, false);
		return table;
	}

	private static PlanService service() {
		return Services.get(PlanService.class);
	}

	@Override
	public void show(CaseDetails details) {
		// plan changes touch the case: the editor reloads it and calls this again
		shown = details;
		loadPlans(plan == null ? null : plan.id());
	}

	private void loadPlans(Long keep) {
		long caseId = shown.id();
		run(() -> service().plans(caseId), loaded -> {
			plans = loaded;
			planChoice.setItems(loaded.stream().map(summary -> NLS.bind(Messages.Plan_choice, summary.goal(),
					Dates.day(java.time.LocalDate.ofInstant(summary.createdAt(), java.time.ZoneId.systemDefault()))))
					.toArray(String[]::new));
			int index = 0;
			for (int i = 0; i < loaded.size(); i++) {
				if (keep != null && loaded.get(i).id() == keep) {
					index = i;
				}
			}
			if (loaded.isEmpty()) {
				plan = null;
				fill();
			} else {
				planChoice.select(index);
				showPlan(loaded.get(index).id());
			}
		});
	}

	private Long selectedPlanId() {
		int index = planChoice.getSelectionIndex();
		return index < 0 || index >= plans.size() ? null : plans.get(index).id();
	}

	private void showPlan(Long planId) {
		if (planId == null) {
			return;
		}
		run(() -> service().plan(planId), loaded -> {
			plan = loaded;
			fill();
		});
	}

	private void fill() {
		tree.removeAll();
		milestones.removeAll();
		costs.removeAll();
		if (plan == null) {
			goal.setText(Messages.Plan_none);
			members.setText(""); //$NON-NLS-1$
			rollUp.setText(""); //$NON-NLS-1$
			timeline.show(List.of());
			enableButtons();
			relayout();
			return;
		}
		goal.setText(NLS.bind(Messages.Plan_goal, plan.goal()));
		members.setText(NLS.bind(Messages.Plan_members, plan.participants().stream()
				.map(p -> p.principal() ? NLS.bind(Messages.Plan_principal, p.name()) : p.name())
				.collect(Collectors.joining(", ")))); //$NON-NLS-1$
		rollUp.setText(rollUpText(plan.progress()));
		PlanTree.show(tree, plan);
		for (Milestone milestone : plan.milestones()) {
			TableItem row = new TableItem(milestones, SWT.NONE);
			row.setText(new String[] { milestone.name(), Dates.day(milestone.expectedDate()),
					milestone.actualDate() == null ? (milestone.overdue() ? Messages.Milestones_overdue : "") //$NON-NLS-1$
							: Dates.day(milestone.actualDate()) });
			if (milestone.overdue()) {
				row.setForeground(milestones.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
			row.setData(milestone);
		}
		for (PlanItem item : plan.items()) {
			if (item.expectedCost() != null || item.actualCost() != null) {
				new TableItem(costs, SWT.NONE).setText(new String[] { item.name(), PlanLabels.money(item.expectedCost()),
						PlanLabels.money(item.actualCost()) });
			}
		}
		for (PlanProgress.CostTotal total : plan.progress().costs()) {
			TableItem row = new TableItem(costs, SWT.NONE);
			row.setText(new String[] { NLS.bind(Messages.Costs_total, total.currency().getCurrencyCode()),
					PlanLabels.money(total.expected()), PlanLabels.money(total.actual()) });
			row.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		}
		timeline.show(plan.items());
		enableButtons();
		relayout();
	}

	private void relayout() {
		form.reflow(true);
		form.getBody().layout(true, true);
	}

	static String rollUpText(PlanProgress progress) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Plan_itemsDone,
				new Object[] { progress.itemsCompleted(), progress.itemsTotal(), PlanLabels.percent(progress.progress()) }));
		if (progress.unitsAuthorized().signum() > 0) {
			text.append(" \u00b7 ").append(NLS.bind(Messages.Plan_units, PlanLabels.number(progress.unitsDelivered()), //$NON-NLS-1$
					PlanLabels.number(progress.unitsAuthorized())));
		}
		for (PlanProgress.CostTotal total : progress.costs()) {
			text.append(" \u00b7 ").append(NLS.bind(Messages.Plan_cost, PlanLabels.money(total.expected()), //$NON-NLS-1$
					PlanLabels.money(total.actual())));
		}
		return text.toString();
	}

	private Optional<Object> selection() {
		TreeItem[] selected = tree.getSelection();
		return selected.length == 0 ? Optional.empty() : Optional.ofNullable(selected[0].getData());
	}

	private boolean mayChange() {
		return shown != null && shown.allows(Permission.CASE_EDIT);
	}

	private void enableButtons() {
		boolean change = mayChange();
		boolean hasPlan = plan != null;
		Object selected = selection().orElse(null);
		newPlan.setEnabled(change && shown != null);
		addSubGoal.setEnabled(change && hasPlan);
		addGroup.setEnabled(change && hasPlan);
		addItem.setEnabled(change && hasPlan && !plan.subGoals().isEmpty());
		editItem.setEnabled(selected instanceof PlanItem);
		deliver.setEnabled(change && selected instanceof PlanItem item && item.typeKnown()
				&& item.unitsAuthorized() != null);
		addMilestone.setEnabled(change && hasPlan);
		reachMilestone.setEnabled(change && milestones.getSelectionIndex() >= 0);
		String hint = shown != null && !change ? NLS.bind(Messages.Page_notAllowed,
				Services.get(AccessPolicy.class).describe(Permission.CASE_EDIT)) : null;
		changeButtons.forEach(button -> button.setToolTipText(hint));
		newPlan.setToolTipText(hint);
	}

	private void createPlan() {
		NewPlanDialog dialog = new NewPlanDialog(tree.getShell(), shown);
		if (dialog.open() == Window.OK) {
			plan = dialog.created();
			loadPlans(plan.id());
		}
	}

	private void addSubGoal() {
		NameDialog dialog = new NameDialog(tree.getShell(), Messages.Items_addSubGoalTitle, Messages.Items_subGoalName,
				groupChoices(), false);
		if (dialog.open() == Window.OK) {
			Long group = dialog.choice() == null ? null : plan.groups().get(dialog.choice()).id();
			change(() -> service().addSubGoal(plan.id(), dialog.name(), group));
		}
	}

	private List<String> groupChoices() {
		List<String> choices = new ArrayList<>();
		plan.groups().forEach(group -> choices.add(group.name()));
		return choices;
	}

	private void addGroup() {
		NameDialog dialog = new NameDialog(tree.getShell(), Messages.Items_addGroupTitle, Messages.Items_groupName,
				List.of(), false);
		if (dialog.open() == Window.OK) {
			change(() -> service().addGroup(plan.id(), dialog.name()));
		}
	}

	private void addMilestone() {
		NameDialog dialog = new NameDialog(tree.getShell(), Messages.Milestones_addTitle, Messages.Milestones_name,
				List.of(), true);
		if (dialog.open() == Window.OK) {
			change(() -> service().addMilestone(plan.id(), dialog.name(), dialog.day()));
		}
	}

	private void reachMilestone() {
		int index = milestones.getSelectionIndex();
		if (index < 0) {
			return;
		}
		Milestone milestone = (Milestone) milestones.getItem(index).getData();
		change(() -> service().reachMilestone(milestone.id(), java.time.LocalDate.now()));
	}

	private void addItem() {
		Object selected = selection().orElse(null);
		long subGoal = selected instanceof SubGoal chosen ? chosen.id()
				: selected instanceof PlanItem item ? item.subGoalId() : plan.subGoals().get(0).id();
		openItemDialog(null, subGoal);
	}

	private void editItem() {
		if (selection().orElse(null) instanceof PlanItem item) {
			openItemDialog(item, item.subGoalId());
		}
	}

	private void openItemDialog(PlanItem item, long subGoal) {
		ItemDialog dialog = new ItemDialog(tree.getShell(), shown, plan, item, subGoal, mayChange());
		if (dialog.open() == IDialogConstants.OK_ID) {
			showPlan(plan.id());
		}
	}

	private void recordDelivery() {
		if (selection().orElse(null) instanceof PlanItem item) {
			DeliveryDialog dialog = new DeliveryDialog(tree.getShell(), shown, item);
			if (dialog.open() == Window.OK) {
				showPlan(plan.id());
			}
		}
	}

	private void change(Supplier<ServicePlan> change) {
		problem.setText(""); //$NON-NLS-1$
		run(change, changed -> {
			plan = changed;
			fill();
		});
	}

	private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
		Background.run(tree, Messages.Job_loading, work, done, message -> {
			problem.setText(message);
			relayout();
		});
	}

	/** For tests: the tree of groups, sub-goals and items. */
	Tree tree() {
		return tree;
	}

	CaseDetails shownCase() {
		return shown;
	}

	ServicePlan plan() {
		return plan;
	}
}
