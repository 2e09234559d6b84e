package org.carebench.planning.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanService;
import org.carebench.testing.ui.Ui;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The care plan page of a demo case, in Spanish (the test runtime starts with -nl es): the tree with its progress,
 * the roll-up, milestones and costs; the item editor generated from the type's fields, which keeps what was typed
 * when the service refuses it.
 */
class CarePlanScreensTest {

	private IWorkbenchPage page;
	private PlanService plans;
	private CaseSummary planned;

	@BeforeEach
	void findPlannedCase() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		plans = PlatformUI.getWorkbench().getService(PlanService.class);
		CaseService cases = PlatformUI.getWorkbench().getService(CaseService.class);
		planned = cases.getSummaries(cases.findCaseIds(CaseQuery.ALL)).stream()
				.filter(row -> !plans.plans(row.id()).isEmpty()).findFirst().orElseThrow();
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
	}

	private CarePlanPage openCarePlan() throws Exception {
		IEditorPart editor = CaseEditors.open(page, planned.id(), planned.code());
		page.toggleZoom(page.getReference(editor));
		CarePlanPage carePlan = (CarePlanPage) CaseEditors.showPage(editor, Messages.Page_title).orElseThrow();
		Ui.waitUntil("the plan", () -> carePlan.plan() != null && carePlan.tree().getItemCount() > 0);
		return carePlan;
	}

	@Test
	void thePageShowsTheTreeWithProgressInSpanish() throws Exception {
		assertEquals("Plan de atenci\u00f3n", Messages.Page_title, "the runtime speaks Spanish");
		CarePlanPage carePlan = openCarePlan();
		long planId = plans.plans(planned.id()).get(0).id();
		assertEquals(planId, carePlan.plan().id());
		TreeItem group = carePlan.tree().getItem(0);
		assertEquals("Housing", group.getText(0));
		assertEquals(Messages.Items_group, group.getText(3));
		TreeItem findFlat = group.getItem(0);
		assertEquals(plans.plan(planId).subGoals().get(0).name(), findFlat.getText(0));
		TreeItem application = findFlat.getItem(0);
		assertEquals("Social housing application", application.getText(0));
		assertEquals(Messages.Status_completed, application.getText(2));
		assertEquals(1.0, ((PlanItem) application.getData()).progress());
		PlanItem counselling = plans.plan(planId).items().stream()
				.filter(item -> item.name().equals("Tenancy counselling")).findFirst().orElseThrow();
		TreeItem counsellingRow = Arrays.stream(group.getItem(1).getItems())
				.filter(row -> row.getData() instanceof PlanItem item && item.id() == counselling.id()).findFirst()
				.orElseThrow();
		assertEquals(counselling.typeLabel(), counsellingRow.getText(3));
		assertTrue(counselling.progress() > 0 && counselling.progress() < 1);
		Ui.screenshot("30-care-plan-es");

		// the case's activity log reads plan changes as sentences, in Spanish too
		CaseService cases = PlatformUI.getWorkbench().getService(CaseService.class);
		String added = cases.activityLog(planned.id()).stream()
				.filter(entry -> entry.action().equals(org.carebench.planning.PlanActions.ITEM_ADDED))
				.map(entry -> new PlanActivityDescriptions().describe(entry).orElseThrow()).findFirst().orElseThrow();
		assertTrue(added.startsWith("A\u00f1adi\u00f3 el elemento de plan \"Social housing application\""), added);
	}

	@Test
	void theItemEditorIsBuiltFromTheTypeAndKeepsRefusedInput() throws Exception {
		CarePlanPage carePlan = openCarePlan();
		PlanItem counselling = carePlan.plan().items().stream()
				.filter(item -> item.name().equals("Tenancy counselling")).findFirst().orElseThrow();
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<String> kept = new AtomicReference<>();
		AtomicReference<String> section = new AtomicReference<>();
		// a type's bundle may add its own section below the generated fields
		org.osgi.framework.ServiceRegistration<org.carebench.planning.ui.PlanItemSection> registration = org.osgi.framework.FrameworkUtil
				.getBundle(CarePlanScreensTest.class).getBundleContext()
				.registerService(org.carebench.planning.ui.PlanItemSection.class, new org.carebench.planning.ui.PlanItemSection() {
					@Override
					public String typeId() {
						return counselling.typeId();
					}

					@Override
					public void createContents(org.eclipse.swt.widgets.Composite parent, java.util.Map<String, Object> values) {
						new org.eclipse.swt.widgets.Label(parent, org.eclipse.swt.SWT.NONE)
								.setText("Authorized: " + values.get("authorizedUnits"));
					}
				}, null);
		Ui.whenShellOpens(NLS.bind(Messages.Item_editTitle, counselling.name()), shell -> {
			ItemDialog dialog = (ItemDialog) shell.getData();
			section.set(labels(shell).stream().filter(text -> text.startsWith("Authorized: ")).findFirst().orElse(null));
			Text authorized = (Text) dialog.fieldControl("authorizedUnits");
			assertEquals(counselling.unitsAuthorized().toPlainString(), authorized.getText().replace(",", "."));
			Ui.screenshot("31-plan-item-editor-es");
			authorized.setText("-4");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
			Ui.settle();
			refusal.set(dialog.problem());
			kept.set(authorized.getText());
			Ui.screenshot("32-plan-item-refused-es");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		});
		ItemDialog dialog = new ItemDialog(carePlan.tree().getShell(), carePlan.shownCase(), carePlan.plan(), counselling,
				counselling.subGoalId(), true);
		try {
			assertEquals(Window.CANCEL, dialog.open());
		} finally {
			registration.unregister();
		}
		assertEquals("Authorized: " + counselling.unitsAuthorized(), section.get());
		assertTrue(refusal.get().contains("Unidades autorizadas"), refusal.get());
		assertEquals("-4", kept.get(), "what was typed stays for the user to fix");
		assertEquals(0, plans.plan(carePlan.plan().id()).items().stream()
				.filter(item -> item.id() == counselling.id()).findFirst().orElseThrow().unitsAuthorized()
				.compareTo(counselling.unitsAuthorized()), "nothing saved");
	}

	@Test
	void theProjectListsShowGoalsAndRefuseACaseworkerNamingThePermission() {
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<java.util.List<String>> goals = new AtomicReference<>();
		Ui.whenShellOpens(Messages.Lists_title, shell -> {
			PlanListsDialog dialog = (PlanListsDialog) shell.getData();
			dialog.goalName().setText("Empleo estable");
			Ui.clickIn(shell, Messages.Lists_addGoal);
			refusal.set(dialog.problem());
			goals.set(java.util.List.of(dialog.goals().getItems()));
			Ui.screenshot("33-plan-lists-refused-es");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.CLOSE_LABEL);
		});
		java.util.List<org.carebench.core.ProjectRef> projects = PlatformUI.getWorkbench()
				.getService(org.carebench.core.DirectoryService.class).projects().stream()
				.filter(project -> project.code().equals("HOU")).toList();
		new PlanListsDialog(page.getWorkbenchWindow().getShell(), projects).open();
		String permission = PlatformUI.getWorkbench().getService(org.carebench.core.AccessPolicy.class)
				.describe(org.carebench.core.Permission.PROJECT_ADMINISTER);
		assertTrue(refusal.get().contains(permission), refusal.get());
		assertTrue(goals.get().contains("Stable housing"), goals.get().toString());
		assertTrue(!goals.get().contains("Empleo estable"), "nothing added");
	}

	@Test
	void theNewPlanAndDeliveryDialogsOfferWhatThePlanNeeds() throws Exception {
		CarePlanPage carePlan = openCarePlan();
		AtomicReference<java.util.List<String>> newPlanButtons = new AtomicReference<>();
		Ui.whenShellOpens(Messages.NewPlan_title, shell -> {
			newPlanButtons.set(buttons(shell));
			Ui.screenshot("34-new-plan-es");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		});
		assertEquals(Window.CANCEL, new NewPlanDialog(carePlan.tree().getShell(), carePlan.shownCase()).open());
		// every person of the case is offered as a member, the primary client marked as always one
		assertEquals(carePlan.plan().participants().size(), newPlanButtons.get().stream()
				.filter(text -> carePlan.plan().participants().stream().anyMatch(p -> text.startsWith(p.name())))
				.count(), newPlanButtons.get().toString());

		PlanItem counselling = carePlan.plan().items().stream()
				.filter(item -> item.name().equals("Tenancy counselling")).findFirst().orElseThrow();
		AtomicReference<String> deliveryMessage = new AtomicReference<>();
		Ui.whenShellOpens(NLS.bind(Messages.Delivery_title, counselling.name()), shell -> {
			deliveryMessage.set(((DeliveryDialog) shell.getData()).getMessage());
			Ui.screenshot("35-record-delivery-es");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		});
		assertEquals(Window.CANCEL,
				new DeliveryDialog(carePlan.tree().getShell(), carePlan.shownCase(), counselling).open());
		assertEquals(NLS.bind(Messages.Delivery_soFar, PlanLabels.number(counselling.unitsDelivered()),
				PlanLabels.number(counselling.unitsAuthorized())), deliveryMessage.get());
	}

	private static java.util.List<String> buttons(org.eclipse.swt.widgets.Composite parent) {
		return Ui.texts(parent, org.eclipse.swt.widgets.Button.class, org.eclipse.swt.widgets.Button::getText);
	}

	private static java.util.List<String> labels(org.eclipse.swt.widgets.Composite parent) {
		return Ui.texts(parent, org.eclipse.swt.widgets.Label.class, org.eclipse.swt.widgets.Label::getText);
	}
}
