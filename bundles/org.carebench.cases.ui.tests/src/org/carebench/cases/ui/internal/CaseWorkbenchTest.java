package org.carebench.cases.ui.internal;

import org.carebench.testing.ui.Ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.DirectoryService;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real workbench on a demo database: the case list, its filters, the case editor, saving a status, adding
 * notes and a save that meets someone else's change. Widgets are driven directly, as a user would drive them.
 */
class CaseWorkbenchTest {

	private static final int DEMO_CASES = 500;
	/** The demo cases Ana sees: her agency's, and those shared across the network. */
	private int visible;

	private IWorkbenchPage page;
	private CaseListView list;
	private CaseService cases;

	@BeforeEach
	void showCaseList() throws Exception {
		CaseListScreen screen = CaseListScreen.show();
		page = screen.page();
		list = screen.list();
		cases = screen.cases();
		if (!list.statusFilter().getText().equals(Messages.List_anyStatus)) {
			Ui.choose(list.statusFilter(), Messages.List_anyStatus);
		}
		visible = cases.findCaseIds(CaseQuery.ALL).length;
		assertTrue(visible > 0 && visible < DEMO_CASES, "Ana sees her agency's cases, not all: " + visible);
		Ui.waitUntil("the demo cases", () -> !list.model().isLoading() && list.model().size() == visible
				&& list.model().row(0) != null);
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void theUserSignedInWithoutAPasswordOnTheCommandLineAndNoneIsLogged() throws java.io.IOException {
		assertEquals("ana", PlatformUI.getWorkbench().getService(Session.class).requireUser().login(),
				"signed in without a password on the command line");
		assertFalse(List.of(org.eclipse.core.runtime.Platform.getCommandLineArgs()).contains("-carebench.password"));
		java.nio.file.Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toPath();
		if (java.nio.file.Files.exists(log)) {
			String logged = java.nio.file.Files.readString(log);
			assertFalse(logged.contains("-carebench.password") || logged.contains("CAREBENCH_PASSWORD="),
					"no password in " + log);
		}
	}

	@Test
	void theWindowShowsTheDemoCasesNewestActivityFirst() {
		assertEquals("Carebench", page.getWorkbenchWindow().getShell().getText());
		Table table = list.viewer().getTable();
		assertEquals(visible, table.getItemCount());
		Ui.waitUntil("the first rows", () -> !table.getItem(0).getText(0).equals(Messages.List_loadingRow));
		CaseSummary newest = cases.getSummaries(cases.findCaseIds(CaseQuery.ALL)).get(0);
		assertEquals(newest.code(), table.getItem(0).getText(0));
		assertEquals(CaseLabels.client(newest.clientName()), table.getItem(0).getText(1));
		Ui.screenshot("01-case-list");
	}

	@Test
	void scrollingAnywhereShowsTheRowsThere() {
		Table table = list.viewer().getTable();
		long[] ids = cases.findCaseIds(CaseQuery.ALL);
		int far = visible - 20;
		table.setTopIndex(far);
		table.showItem(table.getItem(far));
		Ui.waitUntil("row " + far, () -> !table.getItem(far).getText(0).equals(Messages.List_loadingRow)
				&& !table.getItem(far).getText(0).isEmpty());
		CaseSummary expected = cases.getSummaries(new long[] { ids[far] }).get(0);
		assertEquals(expected.code(), table.getItem(far).getText(0));
		assertTrue(list.model().row(0) != null, "the first page stays loaded");
		table.setTopIndex(0);
	}

	@Test
	void theStatusFilterShowsOnlyThatStatus() {
		// the status as the service names it, in the user's language
		String closedName = cases.statuses().stream().filter(s -> s.code().equals("CLOSED")).findFirst().orElseThrow()
				.name();
		Ui.choose(list.statusFilter(), closedName);
		int closed = cases.findCaseIds(CaseQuery.ALL.withStatus("CLOSED")).length;
		assertTrue(closed > 0 && closed < visible);
		Ui.waitUntil("the closed cases", () -> !list.model().isLoading() && list.model().size() == closed);
		Table table = list.viewer().getTable();
		int visible = Math.min(20, closed);
		Ui.waitUntil("the rows", () -> !table.getItem(visible - 1).getText(2).equals(Messages.List_loadingRow));
		for (int i = 0; i < visible; i++) {
			assertEquals(closedName, table.getItem(i).getText(2));
		}
		Ui.screenshot("02-case-list-closed");
	}

	@Test
	void aStatusChangedInTheEditorIsThereAfterReopening() throws Exception {
		CaseSummary first = openFirstRowByDoubleClick();
		CaseEditor editor = activeCaseEditor(first.id());
		String target = first.statusCode().equals("PENDING") || first.statusCode().equals("CLOSED") ? "IN_PROGRESS"
				: "PENDING";
		String targetLabel = cases.statuses().stream().filter(s -> s.code().equals(target)).findFirst().orElseThrow()
				.name();

		Ui.choose(editor.casePage().work.controls().status(), targetLabel);
		assertTrue(editor.isDirty());
		Ui.screenshot("03-case-editor-changed");
		page.saveEditor(editor, false);
		Ui.waitUntil("the save", () -> !editor.isDirty() && editor.details().status().code().equals(target));
		page.closeEditor(editor, false);

		CaseEditor reopened = (CaseEditor) CaseEditors.open(page, first.id(), first.code());
		Ui.waitUntil("the case", () -> reopened.details() != null);
		assertEquals(targetLabel, reopened.casePage().work.controls().status().getText());
		assertEquals(target, cases.getCase(first.id()).orElseThrow().status().code());
		List<ActivityEntry> log = cases.activityLog(first.id());
		ActivityEntry last = log.get(log.size() - 1);
		assertEquals(ActivityLog.STATUS_CHANGED, last.action());
		assertEquals(first.statusCode(), last.before());
		assertEquals(target, last.after());
		Ui.waitUntil("the activity log", () -> reopened.activity().lines().size() == log.size());
		assertTrue(reopened.activity().lines().get(0).endsWith(targetLabel), reopened.activity().lines().get(0));
		Ui.waitUntil("the list row", () -> list.viewer().getTable().getItem(0).getText(2).equals(targetLabel)
				|| !list.viewer().getTable().getItem(0).getText(0).equals(first.code()));
		Ui.screenshot("04-case-editor-saved");
		reopened.showActivityLog();
		Ui.screenshot("05-case-activity-log");
	}

	@Test
	void notesAreAddedAndTooLongOnesCannotBe() throws Exception {
		CaseSummary first = openFirstRowByDoubleClick();
		CaseEditor editor = activeCaseEditor(first.id());
		NotesSection notes = editor.casePage().notes;
		int before = editor.details().notes().size();

		notes.controls().text().setText("x".repeat(NotesSection.MAX_LENGTH + 1));
		assertFalse(notes.controls().addButton().isEnabled(), "a note over the limit cannot be added");
		notes.controls().text().setText("   ");
		assertFalse(notes.controls().addButton().isEnabled(), "an empty note cannot be added");

		notes.controls().text().setText("Llamada de seguimiento: la clienta ha encontrado piso.");
		assertTrue(notes.controls().addButton().isEnabled());
		Ui.click(notes.controls().addButton());
		Ui.waitUntil("the note", () -> notes.shown() == before + 1);
		assertEquals("", notes.controls().text().getText());
		CaseDetails stored = cases.getCase(first.id()).orElseThrow();
		assertEquals("Llamada de seguimiento: la clienta ha encontrado piso.", stored.notes().get(0).text());
		assertEquals("ana", stored.notes().get(0).author().login());
		Ui.screenshot("06-case-editor-note");
	}

	@Test
	void aSaveAfterSomeoneElsesChangeKeepsTheUsersChoiceAndTheirs() throws Exception {
		CaseSummary first = openFirstRowByDoubleClick();
		CaseEditor editor = activeCaseEditor(first.id());
		// Lucía, a caseworker of Ana's agency, works on the same case from her workstation
		UserRef lucia = PlatformUI.getWorkbench().getService(DirectoryService.class).findUser("lucia").orElseThrow();
		Session session = PlatformUI.getWorkbench().getService(Session.class);
		UserRef me = session.requireUser();

		CaseDetails seen = editor.details();
		String othersStatus = seen.status().code().equals("CLOSED") ? "IN_PROGRESS"
				: seen.status().code().equals("PENDING") ? "IN_PROGRESS" : "PENDING";
		if (seen.status().code().equals("CLOSED")) {
			session.runAs(me, () -> cases.changeStatus(first.id(), "IN_PROGRESS", null, seen.version()));
			Ui.waitUntil("the reopened case", () -> editor.details().version() != seen.version());
			othersStatus = "PENDING";
		}
		CaseDetails current = editor.details();
		String theirs = othersStatus;
		session.runAs(lucia, () -> cases.changeStatus(first.id(), theirs, null, current.version()));
		Optional<Long> mine = Optional.of(me.id());
		Ui.choose(editor.casePage().work.controls().assignee(), me.displayName());
		if (current.assignee() != null && current.assignee().id() == me.id()) {
			Ui.choose(editor.casePage().work.controls().assignee(), Messages.Unassigned);
			mine = Optional.empty();
		}
		assertTrue(editor.isDirty());

		Ui.clickInNextDialog(Messages.Editor_conflictReloadKeep);
		page.saveEditor(editor, false);
		Ui.waitUntil("the reload", () -> editor.details().version() != current.version());
		assertTrue(editor.isDirty(), "the user's choice is kept over the new version");
		page.saveEditor(editor, false);
		Ui.waitUntil("the second save", () -> !editor.isDirty());

		CaseDetails stored = cases.getCase(first.id()).orElseThrow();
		assertEquals(theirs, stored.status().code(), "Lucía's change is kept");
		assertEquals(mine, Optional.ofNullable(stored.assignee()).map(UserRef::id), "Ana's change is saved");
		Ui.screenshot("07-case-editor-after-conflict");
	}

	/** Double-clicks the first row of the list, as a user opens a case. */
	private CaseSummary openFirstRowByDoubleClick() {
		Table table = list.viewer().getTable();
		Ui.waitUntil("the first row", () -> list.model().row(0) != null);
		CaseSummary first = list.model().row(0);
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		return first;
	}

	private CaseEditor activeCaseEditor(long caseId) {
		Ui.waitUntil("the editor", () -> page.getActiveEditor() instanceof CaseEditor editor
				&& editor.caseId() == caseId && editor.details() != null);
		IEditorPart active = page.getActiveEditor();
		assertNotEquals(null, active);
		return (CaseEditor) active;
	}
}
