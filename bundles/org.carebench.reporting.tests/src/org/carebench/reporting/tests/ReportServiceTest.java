package org.carebench.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.carebench.core.CarebenchException;
import org.carebench.core.ValidationException;
import org.carebench.reporting.ReportCanceledException;
import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.internal.BuiltInReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in report rendered to PDF with its numbers checked against the tables; a report author's design
 * dropped into the reports folder; broken designs listed with their reason; parameters refused with a message;
 * a report canceled; the same report giving a user of another organization other numbers; charts drawn.
 */
class ReportServiceTest {

	@TempDir
	Path folder;

	private Path reportsFolder;
	private ReportFixture fixture;

	@BeforeEach
	void open() throws IOException {
		reportsFolder = Files.createDirectories(folder.resolve("reports"));
		fixture = new ReportFixture(reportsFolder);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private Map<String, Object> march() {
		Map<String, Object> values = new HashMap<>();
		values.put(ReportParameter.FROM_DATE, LocalDate.of(2026, 2, 23));
		values.put(ReportParameter.TO_DATE, LocalDate.of(2026, 4, 30));
		return values;
	}

	private String renderPdf(String reportId, Map<String, Object> values) throws IOException {
		Path pdf = folder.resolve(reportId.replace(':', '_') + "-" + System.nanoTime() + ".pdf");
		assertEquals(List.of(), fixture.reports.render(reportId, values, ReportFormat.PDF, pdf, () -> false));
		return ReportFixture.pdfText(pdf);
	}

	private void assertOverviewMatchesTables(String text, long organizationId) {
		long total = fixture.count("c.organization_id = ?", organizationId);
		long closed = fixture.count("c.organization_id = ? AND c.closed_at IS NOT NULL", organizationId);
		long unassigned = fixture.count(
				"c.organization_id = ? AND c.closed_at IS NULL AND c.assignee_id IS NULL AND c.team_id IS NULL",
				organizationId);
		long assigned = total - closed - unassigned;
		assertTrue(text.contains("Cases Unassigned Assigned Closed " + total + " " + unassigned + " " + assigned + " "
				+ closed), text);
		Map<String, Long> byStatus = fixture.countsByStatus(organizationId);
		StringBuilder statusTable = new StringBuilder("Status Cases");
		byStatus.forEach((status, count) -> statusTable.append(' ').append(status).append(' ').append(count));
		assertTrue(text.contains(statusTable), statusTable + " in " + text);
		long open = total - closed;
		assertTrue(text.contains("Project Cases Open Housing support " + total + " " + open), text);
	}

	@Test
	void theOverviewDashboardShowsTheNumbersOfTheTables() throws IOException {
		String text = renderPdf(BuiltInReports.OVERVIEW, march());
		assertOverviewMatchesTables(text, fixture.directory.agency().id());
		assertTrue(text.contains("Opened and closed per week") || text.contains("Week of Opened Closed"), text);
	}

	@Test
	void theOverviewExportsToExcelWithItsNumbers() throws IOException {
		Path xlsx = folder.resolve("overview.xlsx");
		assertEquals(List.of(), fixture.reports.render(BuiltInReports.OVERVIEW, march(), ReportFormat.XLSX, xlsx,
				() -> false));
		StringBuilder cells = new StringBuilder();
		try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(xlsx.toFile())) {
			workbook.stream().filter(entry -> entry.getName().startsWith("xl/")).forEach(entry -> {
				try (InputStream in = workbook.getInputStream(entry)) {
					cells.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		String sheet = cells.toString();
		assertTrue(sheet.contains("Unassigned") && sheet.contains("Housing support"), "the texts are in the workbook");
		long total = fixture.count("c.organization_id = ?", fixture.directory.agency().id());
		assertTrue(sheet.contains(">" + total + "<"), "the total " + total + " is a cell value");
	}

	@Test
	void theDashboardSpeaksTheUsersLanguage() throws IOException {
		java.util.Locale before = java.util.Locale.getDefault();
		java.util.Locale.setDefault(java.util.Locale.ITALIAN);
		try {
			String text = renderPdf(BuiltInReports.OVERVIEW, march());
			assertTrue(text.contains("Casi Non assegnati Assegnati Chiusi"), text);
			assertTrue(text.contains("Aperti e chiusi per settimana") || text.contains("Settimana del"), text);
		} finally {
			java.util.Locale.setDefault(before);
		}
	}

	@Test
	void aUserOfAnotherOrganizationGetsHisOwnNumbers() throws IOException {
		String ana = renderPdf(BuiltInReports.OVERVIEW, march());
		String giulia = fixture.directory.session().runAs(fixture.directory.giulia(), () -> {
			try {
				return renderPdf(BuiltInReports.OVERVIEW, march());
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		assertOverviewMatchesTables(giulia, fixture.directory.partner().id());
		assertNotEquals(ana, giulia);
		assertFalse(giulia.contains("Cases Unassigned Assigned Closed 9 "), giulia);
	}

	@Test
	void theOpenedAndClosedWeeksAddUp() throws IOException {
		String text = renderPdf(BuiltInReports.OVERVIEW, march());
		// the fixture opens a case every two days from 2 March: 9 agency cases, closings on two days
		String weeks = text.substring(text.indexOf("Week of Opened Closed"));
		long opened = fixture.count("c.organization_id = ?", fixture.directory.agency().id());
		long closed = fixture.count("c.organization_id = ? AND c.closed_at IS NOT NULL",
				fixture.directory.agency().id());
		long[] sums = sumColumns(weeks.substring("Week of Opened Closed".length()));
		assertEquals(opened, sums[0], weeks);
		assertEquals(closed, sums[1], weeks);
	}

	/** The opened and closed columns of the week table: after each date, two numbers. */
	private static long[] sumColumns(String rows) {
		java.util.regex.Matcher row = java.util.regex.Pattern
				.compile("(\\d{1,2}/\\d{1,2}/\\d{2,4}|\\w{3} \\d{1,2}, \\d{4}) (\\d+) (\\d+)").matcher(rows);
		long[] sums = new long[2];
		while (row.find()) {
			sums[0] += Long.parseLong(row.group(2));
			sums[1] += Long.parseLong(row.group(3));
		}
		return sums;
	}

	@Test
	void caseAgeingCountsTheOpenCases() throws IOException {
		String text = renderPdf(BuiltInReports.AGEING, Map.of());
		long open = fixture.count("c.organization_id = ? AND c.closed_at IS NULL", fixture.directory.agency().id());
		// opened in March 2026: between 181 and 365 days before the test's day (late 2026), or over a year later
		long expected = open;
		assertTrue(text.matches(".*Age \\(days\\) Cases (0-30|31-90|91-180|181-365|> 365) " + expected + ".*"), text);
		assertTrue(text.contains("Housing support"), text);
	}

	@Test
	void theCaseSummaryHasTheCaseItsNotesAndItsLog() throws IOException {
		var theCase = fixture.agencyCases.get(1);
		String text = renderPdf(BuiltInReports.CASE_SUMMARY, Map.of(ReportParameter.CASE, theCase.id()));
		assertTrue(text.contains(theCase.code()), text);
		assertTrue(text.contains("Visited the family; rent arrears of three months."), text);
		long entries = fixture.database.transactions().query(connection -> org.carebench.core.model.Jdbc
				.first(connection, "SELECT COUNT(*) FROM activity_log WHERE case_id = ?", row -> row.getLong(1),
						theCase.id())
				.orElseThrow());
		assertEquals(entries, text.split("case\\.", -1).length - 1, text);
	}

	@Test
	void aCaseTheUserDoesNotSeeIsRefused() {
		long partnersOwn = fixture.partnerCases.get(1).id();
		assertThrows(CarebenchException.class, () -> fixture.reports.render(BuiltInReports.CASE_SUMMARY,
				Map.of(ReportParameter.CASE, partnersOwn), ReportFormat.PDF, folder.resolve("x.pdf"), () -> false));
		assertFalse(Files.exists(folder.resolve("x.pdf")));
	}

	@Test
	void parametersOutOfRangeAreRefusedWithAMessage() {
		Map<String, Object> reversed = march();
		reversed.put(ReportParameter.TO_DATE, LocalDate.of(2026, 1, 1));
		ValidationException backwards = assertThrows(ValidationException.class, () -> fixture.reports
				.render(BuiltInReports.OVERVIEW, reversed, ReportFormat.PDF, folder.resolve("r.pdf"), () -> false));
		assertEquals("The end date (2026-01-01) is before the start date (2026-02-23).", backwards.getMessage());

		Map<String, Object> decades = march();
		decades.put(ReportParameter.FROM_DATE, LocalDate.of(1990, 1, 1));
		assertThrows(ValidationException.class, () -> fixture.reports.render(BuiltInReports.OVERVIEW, decades,
				ReportFormat.PDF, folder.resolve("r.pdf"), () -> false));

		Map<String, Object> otherProject = march();
		otherProject.put(ReportParameter.PROJECT, 987_654L);
		ValidationException project = assertThrows(ValidationException.class, () -> fixture.reports
				.render(BuiltInReports.OVERVIEW, otherProject, ReportFormat.PDF, folder.resolve("r.pdf"), () -> false));
		assertEquals(ReportParameter.PROJECT, project.field());

		Map<String, Object> notADate = march();
		notADate.put(ReportParameter.FROM_DATE, "next tuesday");
		assertThrows(ValidationException.class, () -> fixture.reports.render(BuiltInReports.OVERVIEW, notADate,
				ReportFormat.PDF, folder.resolve("r.pdf"), () -> false));

		ValidationException missing = assertThrows(ValidationException.class, () -> fixture.reports
				.render(BuiltInReports.CASE_SUMMARY, Map.of(), ReportFormat.PDF, folder.resolve("r.pdf"), () -> false));
		assertEquals("Enter a value for Case.", missing.getMessage());
		assertFalse(Files.exists(folder.resolve("r.pdf")));
	}

	@Test
	void theOverviewAsksForProjectOrganizationAndDates() {
		List<ReportParameter> parameters = fixture.reports.parameters(BuiltInReports.OVERVIEW);
		assertEquals(List.of(ReportParameter.PROJECT, ReportParameter.ORGANIZATION, ReportParameter.FROM_DATE,
				ReportParameter.TO_DATE), parameters.stream().map(ReportParameter::name).toList());
		ReportParameter project = parameters.get(0);
		assertEquals(List.of(new ReportParameter.Choice(fixture.directory.housing().id(), "Housing support")),
				project.choices());
		assertEquals(ReportParameter.Kind.DATE, parameters.get(2).kind());
		assertEquals(LocalDate.now().minusWeeks(12), parameters.get(2).defaultValue());
		assertEquals(2, parameters.get(1).choices().size(), "both organizations of the network");
	}

	@Test
	void aCanceledReportStopsAndLeavesNothing() {
		Path pdf = folder.resolve("canceled.pdf");
		assertThrows(ReportCanceledException.class,
				() -> fixture.reports.render(BuiltInReports.OVERVIEW, march(), ReportFormat.PDF, pdf, () -> true));
		assertFalse(Files.exists(pdf));
	}

	@Test
	void anAuthorsDesignInTheFolderRunsAndBrokenOnesAreListedWithTheirReason() throws IOException {
		try (InputStream design = ReportServiceTest.class.getResourceAsStream("/designs/cases-per-organization.rptdesign")) {
			Files.copy(design, reportsFolder.resolve("cases-per-organization.rptdesign"));
		}
		Files.writeString(reportsFolder.resolve("half-saved.rptdesign"), "<?xml version=\"1.0\"?><report xmlns=");
		Files.writeString(reportsFolder.resolve("from-the-future.rptdesign"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><report xmlns=\"http://www.eclipse.org/birt/2005/design\""
						+ " version=\"3.2.27\" id=\"1\"><body><hologram id=\"2\"/></body></report>");
		try (var big = Files.newOutputStream(reportsFolder.resolve("huge.rptdesign"))) {
			big.write(new byte[6 * 1024 * 1024]);
		}
		Files.writeString(reportsFolder.resolve("notes.txt"), "not a design");

		Map<String, ReportDefinition> byId = new HashMap<>();
		fixture.reports.reports().forEach(report -> byId.put(report.id(), report));
		ReportDefinition authors = byId.get("folder:cases-per-organization.rptdesign");
		assertNull(authors.problem());
		assertEquals("Cases per organization", authors.name());
		assertEquals(ReportDefinition.Origin.FOLDER, authors.origin());
		assertTrue(byId.get("folder:half-saved.rptdesign").problem().startsWith("This file is not a report design"),
				byId.get("folder:half-saved.rptdesign").problem());
		assertFalse(byId.get("folder:from-the-future.rptdesign").runnable());
		assertEquals("This file is too large for a report design (6 MB; at most 5 MB).",
				byId.get("folder:huge.rptdesign").problem());
		assertFalse(byId.containsKey("folder:notes.txt"));
		Set<String> runnable = new HashSet<>();
		byId.values().stream().filter(ReportDefinition::runnable).forEach(r -> runnable.add(r.id()));
		assertEquals(Set.of(BuiltInReports.OVERVIEW, BuiltInReports.AGEING, BuiltInReports.CASE_SUMMARY,
				"folder:cases-per-organization.rptdesign"), runnable);

		ValidationException broken = assertThrows(ValidationException.class, () -> fixture.reports
				.render("folder:half-saved.rptdesign", Map.of(), ReportFormat.PDF, folder.resolve("b.pdf"), () -> false));
		assertTrue(broken.getMessage().startsWith("The report \"half-saved\" cannot run"), broken.getMessage());

		String text = renderPdf("folder:cases-per-organization.rptdesign", Map.of());
		long agency = fixture.count("c.organization_id = ?", fixture.directory.agency().id());
		assertTrue(text.contains("Casa Abierta " + agency), text);
		assertFalse(text.contains("Fondazione Aiuto"), "Ana sees no case of the partner's own: " + text);
	}

	@Test
	void aBundlesContributedReportIsListedAndRuns() throws IOException {
		org.carebench.reporting.ReportContribution contribution = () -> List.of(new org.carebench.reporting.ContributedReport(
				"org.example.agency/per-organization", "Cases per organization (agency)", "Contributed by a bundle",
				ReportServiceTest.class.getResource("/designs/cases-per-organization.rptdesign")));
		fixture.reports.addContribution(contribution);
		ReportDefinition contributed = fixture.reports.reports().stream()
				.filter(r -> r.id().equals("org.example.agency/per-organization")).findFirst().orElseThrow();
		assertEquals(ReportDefinition.Origin.BUNDLE, contributed.origin());
		assertTrue(contributed.runnable());
		String text = renderPdf(contributed.id(), Map.of());
		assertTrue(text.contains("Casa Abierta " + fixture.count("c.organization_id = ?", fixture.directory.agency().id())),
				text);
		fixture.reports.removeContribution(contribution);
		assertFalse(fixture.reports.reports().stream().anyMatch(r -> r.id().equals(contributed.id())),
				"gone with its bundle");
	}

	@Test
	void theDashboardsChartsAreDrawn() throws IOException {
		Path html = folder.resolve("html").resolve("overview.html");
		Files.createDirectories(html.getParent());
		assertEquals(List.of(), fixture.reports.render(BuiltInReports.OVERVIEW, march(), ReportFormat.HTML, html,
				() -> false));
		String page = Files.readString(html);
		List<Path> images;
		try (Stream<Path> files = Files.list(html.resolveSibling("images"))) {
			images = files.filter(p -> p.toString().endsWith(".png")).toList();
		}
		assertEquals(3, images.size(), "status, project and week charts: " + images);
		for (Path image : images) {
			assertTrue(page.contains(image.getFileName().toString()), image + " in the page");
			BufferedImage picture = ImageIO.read(image.toFile());
			assertTrue(picture.getWidth() > 200 && picture.getHeight() > 100,
					image + " is " + picture.getWidth() + "x" + picture.getHeight());
			Set<Integer> colors = new HashSet<>();
			for (int x = 0; x < picture.getWidth(); x += 3) {
				for (int y = 0; y < picture.getHeight(); y += 3) {
					colors.add(picture.getRGB(x, y));
				}
			}
			assertTrue(colors.size() > 5, image + " has " + colors.size() + " colours: bars, axes and labels drawn");
		}
	}
}
