package org.carebench.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicReference;

import org.carebench.cases.CaseOverview;
import org.carebench.cases.CaseSearchService;
import org.carebench.reporting.ReportDefinition;
import org.carebench.testing.ui.Ui;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Dashboard and Reports views of the real workbench, in Italian (the test runtime starts with -nl it): the
 * overview dashboard drawn with its charts in the web view, the report list with a broken design of the reports
 * folder explained, and the parameter dialog refusing a reversed date range while keeping the input.
 */
class ReportScreensTest {

	private IWorkbenchPage page;

	@BeforeEach
	void page() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private DashboardView dashboard() throws Exception {
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		Ui.waitUntil("the overview dashboard", () -> view.shown() != null && !view.rendering()
				&& view.renderFolder() != null);
		return view;
	}

	@Test
	void theDashboardShowsTheOverviewWithItsChartsDrawn() throws Exception {
		DashboardView view = dashboard();
		assertEquals("Cruscotto", page.findViewReference(DashboardView.ID).getPartName(), "the runtime speaks Italian");
		assertEquals(DashboardView.FIRST_REPORT, view.shown().id());
		page.toggleZoom(page.getReference(view));
		try {
			Browser browser = Ui.find(view.getSite().getShell(), Browser.class, any -> true);
			assertNotNull(browser, "the web view (WebKitGTK) exists");
			// every chart image has loaded with a size: a chart with no size would render nothing
			Ui.waitUntil("the charts in the web view", () -> {
				Object loaded = browser.evaluate("return Array.from(document.images)"
						+ ".filter(function (i) { return i.complete && i.naturalWidth > 200 && i.naturalHeight > 100; })"
						+ ".length;");
				return loaded instanceof Number number && number.intValue() == 3;
			});
			// the numbers shown are those of the Overview view (the case service's counts), for the same user
			CaseOverview counts = PlatformUI.getWorkbench().getService(CaseSearchService.class).overview(0);
			String shownText = browser.getText().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
			String totals = "Casi Non assegnati Assegnati Chiusi " + counts.total() + " " + counts.unassigned() + " "
					+ counts.assigned() + " " + counts.closed();
			assertTrue(shownText.contains(totals), totals + " in " + shownText);
			try (var images = Files.list(view.renderFolder().resolve("images"))) {
				assertEquals(3, images.filter(p -> p.toString().endsWith(".png")).count());
			}
			Ui.screenshot("40-dashboard-it");
		} finally {
			page.toggleZoom(page.getReference(view));
		}
	}

	@Test
	void theReportListExplainsABrokenDesignOfTheReportsFolder() throws Exception {
		Path folder = Paths.get(System.getProperty("carebench.reports"));
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("half-saved.rptdesign"), "<?xml version=\"1.0\"?><report xmlns=");
		ReportsView view = (ReportsView) page.showView(ReportsView.ID);
		view.load();
		Ui.waitUntil("the folder's design in the list",
				() -> view.reports().stream().anyMatch(r -> r.id().equals("folder:half-saved.rptdesign")));
		Ui.settle();
		ReportDefinition broken = view.reports().stream().filter(r -> r.id().equals("folder:half-saved.rptdesign"))
				.findFirst().orElseThrow();
		assertTrue(broken.problem().startsWith("Questo file non \u00e8 un modello di report"), broken.problem());
		Table table = view.table();
		int row = view.reports().indexOf(broken);
		assertTrue(table.getItem(row).getText(2).contains(broken.problem()));
		assertEquals(4, view.reports().size(), "three built-in reports and the broken design");
		page.toggleZoom(page.getReference(view));
		Ui.screenshot("41-reports-it");
		page.toggleZoom(page.getReference(view));
	}

	@Test
	void aReversedDateRangeIsRefusedAndTheInputKept() throws Exception {
		DashboardView view = dashboard();
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<Integer> yearKept = new AtomicReference<>();
		Ui.whenShellOpens(Messages.Parameters_title, shell -> {
			DateTime from = dateOf(shell, "from_date");
			DateTime to = dateOf(shell, "to_date");
			from.setDate(2026, 5, 30);
			to.setDate(2026, 0, 15);
			Ui.clickIn(shell, Messages.Reports_show);
			Ui.settle();
			ParameterDialog dialog = (ParameterDialog) shell.getData();
			refusal.set(dialog.problem());
			yearKept.set(from.getYear() * 100 + from.getMonth());
			Ui.screenshot("42-parameters-refused-it");
			Ui.clickIn(shell, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		});
		view.openParameters();
		assertEquals("La data di fine (2026-01-15) \u00e8 precedente a quella di inizio (2026-06-30).", refusal.get());
		assertEquals(202605, yearKept.get(), "the dialog stays with what was typed");
	}

	private static DateTime dateOf(Shell shell, String parameter) {
		return Ui.find(shell, DateTime.class, date -> parameter.equals(date.getData("parameter")));
	}
}
