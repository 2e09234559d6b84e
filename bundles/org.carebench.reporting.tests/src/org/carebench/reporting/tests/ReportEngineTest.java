package org.carebench.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.NewCase;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.internal.BirtReportEngine;
import org.carebench.testing.Directory;
import org.carebench.testing.MutableClock;
import org.carebench.testing.TemporaryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BIRT inside Carebench's runtime: a design shipped in the reporting bundle runs against the Carebench database
 * through the connection Carebench passes in (the design names no database), to HTML and PDF.
 */
class ReportEngineTest {

	private TemporaryDatabase database;
	private BirtReportEngine engine;

	@TempDir
	Path folder;

	@BeforeEach
	void openCases() {
		database = TemporaryDatabase.create();
		Directory directory = Directory.create(database.transactions());
		MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
		CaseServiceImpl cases = new CaseServiceImpl(database.transactions(), directory.session(), directory.access(),
				new ActivityLogImpl(database.transactions(), directory.access(), clock), clock);
		directory.session().signIn(directory.ana());
		for (int i = 0; i < 7; i++) {
			CaseDetails opened = cases.createCase(new NewCase(directory.clients().get(i % 3).id(),
					directory.housing().id(), directory.agency().id(), directory.ana().id()));
			if (i % 3 == 0) {
				cases.changeStatus(opened.id(), "IN_PROGRESS", null, opened.version());
			}
		}
		engine = new BirtReportEngine(database.transactions());
	}

	@AfterEach
	void close() {
		engine.stop();
		database.close();
	}

	private Map<String, Long> countsByStatus() {
		return database.transactions().query(connection -> {
			Map<String, Long> counts = new TreeMap<>();
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("SELECT status, COUNT(*) FROM care_case GROUP BY status")) {
				while (rows.next()) {
					counts.put(rows.getString(1), rows.getLong(2));
				}
			}
			return counts;
		});
	}

	private List<String> render(ReportFormat format, Path output) throws Exception {
		try (InputStream design = BirtReportEngine.class.getResourceAsStream("/reports/cases-by-status.rptdesign")) {
			return engine.render(design, "cases-by-status", Map.of(), format, output);
		}
	}

	@Test
	void aBundledDesignReadsTheCarebenchDatabaseToHtml() throws Exception {
		Path html = folder.resolve("cases.html");
		assertEquals(List.of(), render(ReportFormat.HTML, html));
		String text = Files.readString(html).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		Map<String, Long> counts = countsByStatus();
		assertEquals(Map.of("IN_PROGRESS", 3L, "NEW", 4L), counts);
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			assertTrue(text.contains(count.getKey() + " " + count.getValue()), count + " in " + text);
		}
		assertTrue(text.contains("Total 7"), text);
	}

	@Test
	void theSameDesignRendersToPdf() throws Exception {
		Path pdf = folder.resolve("cases.pdf");
		assertEquals(List.of(), render(ReportFormat.PDF, pdf));
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
		assertTrue(bytes.length > 1000, "a page with the table: " + bytes.length + " bytes");
	}
}
