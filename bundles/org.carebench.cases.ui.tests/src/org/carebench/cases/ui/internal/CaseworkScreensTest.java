package org.carebench.cases.ui.internal;

import org.carebench.testing.ui.Ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.SearchRule;
import org.carebench.cases.TimelineService;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.core.DirectoryService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screens of a caseworker's day on the demo database: the overview, the list searched and filtered, a bulk
 * change with its report, the case editor with flags, attributes, related cases and timeline, the import check
 * and the upcoming activities. Each ends with a screenshot.
 */
class CaseworkScreensTest {

	private IWorkbenchPage page;
	private CaseListView list;
	private CaseService cases;

	@TempDir
	Path folder;

	@BeforeEach
	void showCaseList() throws Exception {
		CaseListScreen screen = CaseListScreen.show();
		page = screen.page();
		list = screen.list();
		cases = screen.cases();
	}

	@AfterEach
	void resetList() {
		page.closeAllEditors(false);
		list.applyQuery(CaseQuery.ALL);
		Ui.waitUntil("the whole list", () -> !list.model().isLoading());
	}

	private void waitForList(CaseQuery expected) {
		int size = cases.findCaseIds(expected).length;
		Ui.waitUntil("the list of " + expected, () -> !list.model().isLoading() && list.model().size() == size
				&& (size == 0 || list.model().row(0) != null));
	}

	@Test
	void theOverviewCountsWhatAnaSeesAndListsHerRecentCases() throws Exception {
		OverviewView overview = (OverviewView) page.showView(OverviewView.ID);
		long total = cases.findCaseIds(CaseQuery.ALL).length;
		Ui.waitUntil("the counts", () -> overview.shownCounts().get(0).equals(String.format("%,d", total)));
		long closed = cases.findCaseIds(CaseQuery.ALL.withRules(
				List.of(SearchRule.of(SearchRule.Field.CLOSED, SearchRule.Operator.IS_NOT_EMPTY, null)), false)).length;
		assertEquals(String.format("%,d", closed), overview.shownCounts().get(3));
		Ui.waitUntil("her recent cases", () -> overview.recent().getItemCount() > 0
				&& overview.recent().getItem(0).getText(0).contains("-"));
		Ui.screenshot("10-overview");
	}

	@Test
	void theListIsSearchedByNameAndFilteredByRules() {
		CaseSummary someone = cases.getSummaries(cases.findCaseIds(CaseQuery.ALL)).stream()
				.filter(row -> !row.isAnonymous()).findFirst().orElseThrow();
		String lastName = someone.clientName().substring(someone.clientName().lastIndexOf(' ') + 1);
		String typed = lastName.substring(0, Math.min(4, lastName.length())).toLowerCase();
		list.searchText().setText(typed);
		CaseQuery searched = CaseQuery.ALL.withText(typed);
		waitForList(searched);
		assertTrue(list.model().size() >= 1);
		Table table = list.viewer().getTable();
		Ui.waitUntil("the rows", () -> !table.getItem(0).getText(1).equals(Messages.List_loadingRow));

		List<SearchRule> rules = List.of(SearchRule.of(SearchRule.Field.OPENED, SearchRule.Operator.ON_OR_AFTER,
				LocalDate.now().minusYears(2).toString()), SearchRule.of(SearchRule.Field.CLOSED,
						SearchRule.Operator.IS_EMPTY, null));
		list.setRules(rules, false);
		waitForList(searched.withRules(rules, false));
		assertTrue(list.searchText().getText().equals(typed));
		Ui.screenshot("11-case-list-search-and-rules");

		AtomicReference<String> advancedTitle = new AtomicReference<>();
		Ui.whenShellOpens(Messages.Search_title, shell -> {
			advancedTitle.set(shell.getText());
			Ui.screenshot("12-advanced-search");
			Ui.clickIn(shell, IDialogConstants.CANCEL_LABEL);
		});
		org.eclipse.swt.widgets.Button advanced = findButton(list.searchText().getParent(),
				Messages.List_advancedCount.replace("{0}", "2"));
		assertNotNull(advanced, "the button counts the rules: " + buttonTexts(list.searchText().getParent()));
		Ui.click(advanced);
		assertEquals(Messages.Search_title, advancedTitle.get());
	}

	@Test
	void aBulkStatusChangeReportsTheCasesThatCouldNotChange() {
		long[] open = cases.findCaseIds(CaseQuery.ALL.withStatus("NEW"));
		long[] closed = cases.findCaseIds(CaseQuery.ALL.withStatus("CLOSED"));
		long[] chosen = { open[open.length - 1], open[open.length - 2], closed[closed.length - 1] };
		AtomicReference<OutcomeDialog> report = new AtomicReference<>();
		AtomicReference<String> summary = new AtomicReference<>();
		AtomicReference<String> reason = new AtomicReference<>();
		Ui.whenShellOpens(shell -> shell.getData() instanceof OutcomeDialog, shell -> {
			report.set((OutcomeDialog) shell.getData());
			summary.set(report.get().getMessage());
			assertEquals(1, report.get().table().getItemCount(), "one case could not change");
			reason.set(report.get().table().getItem(0).getText(1));
			Ui.screenshot("14-bulk-change-report");
			Ui.clickIn(shell, IDialogConstants.CLOSE_LABEL);
		});
		BulkRun.start(page.getWorkbenchWindow().getShell(),
				new BulkChangeDialog.Choice(BulkChangeDialog.Kind.STATUS, "PENDING", null, null, false), chosen);
		Ui.waitUntil("the report", () -> reason.get() != null);
		assertTrue(summary.get().startsWith(Messages.Bulk_summary.replace("{0}", "2").replace("{1}", "0")
				.replace("{2}", "1")), summary.get());
		assertTrue(reason.get().contains(CaseLabels.status("PENDING", "Pending")) || reason.get().contains("Pending"),
				reason.get());
		assertEquals("PENDING", cases.getCase(chosen[0]).orElseThrow().status().code());
		assertEquals("PENDING", cases.getCase(chosen[1]).orElseThrow().status().code());
		assertEquals("CLOSED", cases.getCase(chosen[2]).orElseThrow().status().code());
	}

	@Test
	void theBulkDialogAsksWhatAndForWhichCases() {
		list.applyQuery(CaseQuery.ALL.withStatus("IN_PROGRESS"));
		waitForList(CaseQuery.ALL.withStatus("IN_PROGRESS"));
		list.viewer().getTable().setSelection(0, 2);
		assertEquals(3, list.selectedIds().length);
		AtomicReference<Boolean> seen = new AtomicReference<>(false);
		Ui.whenShellOpens(Messages.Bulk_flagTitle, shell -> {
			seen.set(true);
			Ui.screenshot("13-bulk-flag-dialog");
			Ui.clickIn(shell, IDialogConstants.CANCEL_LABEL);
		});
		BulkChangeDialog dialog = new BulkChangeDialog(page.getWorkbenchWindow().getShell(),
				BulkChangeDialog.Kind.FLAG, 3, list.model().size(), list.projects());
		assertEquals(org.eclipse.jface.window.Window.CANCEL, dialog.open());
		assertTrue(seen.get());
	}

	@Test
	void theCaseEditorShowsFlagsAttributesRelatedCasesAndTimeline() throws Exception {
		TimelineService timeline = PlatformUI.getWorkbench().getService(TimelineService.class);
		CaseSummary typed = cases.getSummaries(cases.findCaseIds(CaseQuery.ALL)).stream()
				.filter(row -> !timeline.activities(row.id()).isEmpty()).findFirst().orElseThrow();
		CaseEditor editor = (CaseEditor) CaseEditors.open(page, typed.id(), typed.code());
		Ui.waitUntil("the case", () -> editor.details() != null && !editor.casePage().attributes.codes().isEmpty());
		FlagsSection flags = editor.casePage().flags;
		Ui.choose(flags.controls().typeChoice(), flags.controls().typeChoice().getItem(1));
		Ui.click(flags.controls().addButton());
		CaseAnnotationService annotations = PlatformUI.getWorkbench().getService(CaseAnnotationService.class);
		Ui.waitUntil("the flag", () -> annotations.flags(typed.id()).stream().anyMatch(f -> f.isOpen())
				&& editor.casePage().flags.controls().list().getChildren().length >= 2 && editor.casePage().flags.controls().addButton().isEnabled());

		Text household = (Text) editor.casePage().attributes.input("HOUSEHOLD");
		household.setText("several");
		Ui.click(editor.casePage().attributes.saveButton());
		Ui.waitUntil("the refusal", () -> !editor.casePage().attributes.problemText().isEmpty());
		assertTrue(editor.casePage().attributes.problemText().contains("several"), editor.casePage().attributes.problemText());
		Ui.settle();
		household = (Text) editor.casePage().attributes.input("HOUSEHOLD");
		assertEquals("several", household.getText(), "a refused value stays for the user to fix, reload or not");
		household.setText("4");
		Ui.click(editor.casePage().attributes.saveButton());
		Ui.waitUntil("the attribute", () -> annotations.attributes(typed.id()).stream()
				.anyMatch(a -> a.definition().code().equals("HOUSEHOLD") && "4".equals(a.value())));
		Ui.waitUntil("the editor reloaded", () -> ((Text) editor.casePage().attributes.input("HOUSEHOLD")).getText().equals("4"));
		assertTrue(editor.casePage().participants.lines().get(0).contains(typed.clientName()), editor.casePage().participants.lines().toString());
		java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
		Ui.whenShellOpens(Messages.Participants_dialogTitle, shell -> {
			Text search = firstText(shell);
			search.setText(typed.clientName().substring(0, 3));
			found.set(firstTable(shell).getItemCount());
			Ui.screenshot("21-add-person");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		});
		assertEquals(org.eclipse.jface.window.Window.CANCEL,
				new ParticipantDialog(editor.getSite().getShell(), editor.details().project().networkId()).open());
		assertTrue(found.get() > 0, "clients found by the start of a name");
		// maximized, as a caseworker reads a case: every section in sight
		page.toggleZoom(page.getReference(editor));
		Ui.screenshot("15-case-editor");

		assertTrue(editor.showPage(Messages.Editor_sectionTimeline));
		TimelinePage timelinePage = (TimelinePage) editor.contributedPages().get(0);
		Ui.waitUntil("the timeline", () -> timelinePage.table().getItemCount() == 4);
		Ui.screenshot("16-case-timeline");
		editor.showActivityLog();
		Ui.waitUntil("the log", () -> editor.activity().lines().stream().anyMatch(l -> l.contains("4")));
		Ui.screenshot("17-case-activity-log");
		page.toggleZoom(page.getReference(editor));
	}

	@Test
	void theImportCheckListsEveryBadRowAndImportsNothing() throws Exception {
		Path file = folder.resolve("intake.csv");
		Files.writeString(file, "nombre;apellido;fecha_nacimiento;household\n" + "Rosa;Delgado;1971-04-09;3\n"
				+ "Pedro;;1969-13-01;2\n" + "Ines;Vidal;;lots\n", StandardCharsets.UTF_8);
		int before = cases.findCaseIds(CaseQuery.ALL).length;
		List<org.carebench.core.ProjectRef> projects = PlatformUI.getWorkbench().getService(DirectoryService.class)
				.projects();
		ImportDialog dialog = new ImportDialog(page.getWorkbenchWindow().getShell(), projects);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.choose(dialog.controls().project(), projects.stream().filter(p -> p.code().equals("HOU")).findFirst().orElseThrow()
				.name());
		dialog.controls().file().setText(file.toString());
		Ui.clickIn(dialog.getShell(), Messages.Import_check);
		Ui.waitUntil("the check", () -> dialog.checked() != null);
		assertEquals(3, dialog.checked().rows());
		Table problems = dialog.controls().problems();
		List<String> where = new ArrayList<>();
		for (int i = 0; i < problems.getItemCount(); i++) {
			where.add(problems.getItem(i).getText(0) + ":" + problems.getItem(i).getText(1));
		}
		assertTrue(where.contains("3:last_name") && where.contains("3:birth_date"), where.toString());
		Ui.screenshot("18-import-check");
		dialog.close();
		assertEquals(before, cases.findCaseIds(CaseQuery.ALL).length, "checking imports nothing");
	}

	@Test
	void theImportReadsDatesInTheOrderTheUserChooses() throws Exception {
		Path file = folder.resolve("fechas.csv");
		Files.writeString(file, "nombre;apellido;fecha_nacimiento\n" + "Rosa;Delgado;09/04/1971\n",
				StandardCharsets.UTF_8);
		List<org.carebench.core.ProjectRef> projects = PlatformUI.getWorkbench().getService(DirectoryService.class)
				.projects();
		ImportDialog dialog = new ImportDialog(page.getWorkbenchWindow().getShell(), projects);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.controls().file().setText(file.toString());
			Ui.choose(dialog.controls().dates(), Messages.Import_datesIso);
			Ui.clickIn(dialog.getShell(), Messages.Import_check);
			Ui.waitUntil("the check", () -> dialog.checked() != null);
			assertEquals(1, dialog.checked().problemCount(), "09/04/1971 is no ISO date");
			Ui.choose(dialog.controls().dates(), Messages.Import_datesDayFirst);
			assertNull(dialog.checked(), "another order needs another check");
			Ui.clickIn(dialog.getShell(), Messages.Import_check);
			Ui.waitUntil("the check", () -> dialog.checked() != null);
			assertEquals(0, dialog.checked().problemCount(), "read as 9 April 1971");
			assertEquals(1, dialog.checked().validRows());
		} finally {
			dialog.close();
		}
	}

	@Test
	void upcomingActivitiesShowWhatIsDueForAna() throws Exception {
		UpcomingActivitiesView upcoming = (UpcomingActivitiesView) page.showView(UpcomingActivitiesView.ID);
		int due = PlatformUI.getWorkbench().getService(TimelineService.class)
				.upcomingForMe(LocalDate.now().plusDays(14)).size();
		assertTrue(due > 0, "the demo gives Ana activities");
		Ui.waitUntil("her activities", () -> upcoming.table().getItemCount() == due);
		Ui.screenshot("19-upcoming-activities");
		assertNotNull(PlatformUI.getWorkbench().getService(CaseSearchService.class));
	}

	@Test
	void aNewCaseOfATypeOpensWithItsRolesAndTimeline() {
		org.carebench.core.UserRef me = PlatformUI.getWorkbench().getService(org.carebench.core.Session.class)
				.requireUser();
		NewCaseDialog dialog = new NewCaseDialog(page.getWorkbenchWindow().getShell(), me);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.choose(dialog.controls().project(), "Housing support");
		dialog.controls().firstName().setText("Aurora");
		dialog.controls().lastName().setText("Peña Vázquez");
		Ui.choose(dialog.controls().caseType(), "Housing support");
		assertEquals(3, dialog.controls().roleChoices().size(), "one choice per role of the type");
		Ui.choose(dialog.controls().roleChoices().get("HOMELESS_COORDINATOR"), me.displayName());
		Ui.choose(dialog.controls().roleChoices().get("HEALTH_COORDINATOR"), "Giulia Conti");
		Ui.screenshot("20-new-case");
		Ui.clickIn(dialog.getShell(), Messages.NewCase_open);
		assertNotNull(dialog.created(), "the case was opened");
		org.carebench.cases.CaseDetails created = dialog.created();
		assertEquals("Housing support", created.caseType());
		assertEquals(4, PlatformUI.getWorkbench().getService(TimelineService.class).activities(created.id()).size());
		assertEquals(List.of("Aurora Peña Vázquez"), PlatformUI.getWorkbench().getService(DirectoryService.class)
				.searchClients(created.project().networkId(), "pena v", 5).stream()
				.map(org.carebench.core.ClientRef::fullName).toList(), "found again by the start of his name");

		CaseEditor editor = openEditor(created);
		Ui.waitUntil("the case", () -> editor.details() != null);
		assertTrue(editor.details().collaborators().stream().anyMatch(c -> c.login().equals("giulia")),
				"a role holder of a partner organization collaborates");
		CollaboratorsSection collaborators = editor.casePage().collaborators;
		Ui.choose(collaborators.candidates(), collaborators.candidates().getItem(0));
		int before = editor.details().collaborators().size();
		Ui.click(collaborators.addButton());
		Ui.waitUntil("the collaborator", () -> editor.details().collaborators().size() == before + 1);
	}

	private CaseEditor openEditor(org.carebench.cases.CaseDetails details) {
		try {
			return (CaseEditor) CaseEditors.open(page, details.id(), details.code());
		} catch (org.eclipse.ui.PartInitException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> buttonTexts(org.eclipse.swt.widgets.Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button) {
				texts.add(button.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				texts.addAll(buttonTexts(composite));
			}
		}
		return texts;
	}

	private static org.eclipse.swt.widgets.Button findButton(org.eclipse.swt.widgets.Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().equals(text)) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Button found = findButton(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Text firstText(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && firstText(composite) != null) {
				return firstText(composite);
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Table firstTable(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Table table) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && firstTable(composite) != null) {
				return firstTable(composite);
			}
		}
		return null;
	}
}
