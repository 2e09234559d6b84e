package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeDefinition.ValueType;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.ImportOptions;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.ImportReport;
import org.carebench.core.ForbiddenException;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV import: a dry run reports every bad row and writes nothing; an import skips exactly the bad rows. */
class CaseImportTest {

	private final Casework fixture = new Casework();
	@TempDir
	Path folder;

	@AfterEach
	void close() {
		fixture.close();
	}

	private long housing() {
		return fixture.directory.housing().id();
	}

	private Path file(String text, Charset charset) throws IOException {
		Path file = folder.resolve("cases.csv");
		Files.writeString(file, text, charset);
		return file;
	}

	private void defineAttributes() {
		fixture.asSystem(() -> fixture.setup.defineAttributes(housing(),
				List.of(new AttributeDefinition("SIUSS_ID", "SIUSS id", ValueType.TEXT),
						new AttributeDefinition("HOUSEHOLD", "Household size", ValueType.NUMBER))));
	}

	private int caseCount() {
		return fixture.asSystem(() -> fixture.cases.findCaseIds(CaseQuery.ALL)).length;
	}

	private static final String MIXED = """
			first_name,last_name,birth_date,status,closing_reason,assignee,siuss_id,household
			Lucía,Fernández,1975-06-01,,,ana,S-1,3
			Pietro,,1980-01-01,,,,S-2,2
			Ahmed,Benali,31/12/1990,CLOSED,,nobody,S-3,many
			"Rossi, Anna",Verdi,,IN_PROGRESS,,,"S-4
			second line",1
			Tom,Ford,2999-01-01,,,,,,
			""";

	@Test
	void aDryRunReportsEveryBadRowByLineAndColumnAndWritesNothing() throws IOException {
		defineAttributes();
		int before = caseCount();
		ImportReport report = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.dryRun(housing(), pathOf(MIXED)));
		assertTrue(report.dryRun());
		assertEquals(5, report.rows());
		assertEquals(2, report.validRows(), report.problems().toString());
		List<String> where = report.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
		assertEquals(List.of("3:last_name", "4:household", "4:birth_date", "4:closing_reason", "4:assignee",
				"7:null"), where);
		ImportProblem date = report.problems().get(2);
		assertTrue(date.reason().contains("31/12/1990") && date.reason().contains("2026-03-31"), date.reason());
		assertTrue(report.problems().get(5).reason().contains("9 fields"), report.problems().get(5).reason());
		assertEquals(before, caseCount(), "a dry run imports nothing");
	}

	private Path pathOf(String text) {
		try {
			return file(text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void anImportSkipsTheBadRowsAndLogsTheCasesItCreates() {
		defineAttributes();
		int before = caseCount();
		ImportReport report = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), pathOf(MIXED), BulkProgress.NONE));
		assertEquals(2, report.created());
		assertEquals(before + 2, caseCount());
		List<CaseSummary> found = fixture.search.quickSearch("fernandez", 10);
		assertEquals(1, found.size(), "the imported client is found, accents or not");
		CaseDetails lucia = fixture.cases.getCase(found.get(0).id()).orElseThrow();
		assertEquals("ana", lucia.assignee().login());
		assertEquals("case.imported", fixture.cases.activityLog(lucia.id()).get(0).action());
		assertEquals("3", fixture.annotations.attributes(lucia.id()).get(1).value());
		CaseSummary rossi = fixture.search.quickSearch("Rossi", 10).get(0);
		assertEquals("Rossi, Anna Verdi", rossi.clientName(), "a quoted field keeps its comma");
		assertEquals("S-4\nsecond line", fixture.annotations.attributes(rossi.id()).get(0).value(),
				"a quoted field keeps its line break");
		assertEquals("IN_PROGRESS", rossi.statusCode());
	}

	@Test
	void semicolonsAndWindowsEncodingAsSpanishExcelWritesThem() throws IOException {
		Path file = file("\uFEFFnombre;apellido;fecha_nacimiento\r\nJosé;Núñez Peña;1969-02-03\r\n", StandardCharsets.UTF_8);
		ImportReport utf8 = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), file, BulkProgress.NONE));
		assertEquals(1, utf8.created(), utf8.problems().toString());
		Path legacy = file("nome;cognome\r\nNicolò;Sànchez\r\n", Charset.forName("windows-1252"));
		ImportReport windows = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), legacy, BulkProgress.NONE));
		assertEquals(1, windows.created(), windows.problems().toString());
		assertEquals("Nicolò Sànchez", fixture.search.quickSearch("sanchez", 5).get(0).clientName());
		assertEquals("José Núñez Peña", fixture.search.quickSearch("NUNEZ", 5).get(0).clientName());
	}

	@Test
	void attributesOfExistingCasesAreSetByCaseCode() throws IOException {
		defineAttributes();
		CaseDetails existing = fixture.open(fixture.directory.clients().get(0), null);
		Path file = file("case_code,household\n" + existing.code() + ",4\nHOU-999999,2\n", StandardCharsets.UTF_8);
		ImportReport report = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), file, BulkProgress.NONE));
		assertEquals(1, report.updated());
		assertEquals(List.of("3:case_code"), report.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
		assertEquals("4", fixture.annotations.attributes(existing.id()).get(1).value());
		assertTrue(fixture.cases.activityLog(existing.id()).stream()
				.anyMatch(e -> e.action().equals("case.attribute") && "4".equals(e.after())));
	}

	@Test
	void aFileThatCannotBeReadIsRefusedWhole() throws IOException {
		int before = caseCount();
		ImportReport unknownColumn = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), pathOf("first_name,last_name,shoe_size\nAna,Ruiz,38\n"),
						BulkProgress.NONE));
		assertTrue(unknownColumn.refused());
		assertTrue(unknownColumn.problems().get(0).reason().contains("shoe_size"));
		ImportReport unclosed = fixture.as(fixture.directory.marco(), () -> fixture.imports.importFile(housing(),
				pathOf("first_name,last_name\nAna,Ruiz\n\"Bea,Soto\nCarla,Vidal\n"), BulkProgress.NONE));
		assertEquals(1, unclosed.created(), "the rows before the broken one are imported");
		assertEquals(3, unclosed.problems().get(0).line());
		Path huge = folder.resolve("huge.csv");
		try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
			sparse.setLength(org.carebench.cases.CaseImportService.MAX_FILE_BYTES + 1);
		}
		ImportReport tooLarge = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), huge, BulkProgress.NONE));
		assertTrue(tooLarge.refused() && tooLarge.problems().get(0).reason().contains("MB"));
		assertEquals(before + 1, caseCount());
		assertThrows(ForbiddenException.class,
				() -> fixture.imports.dryRun(housing(), pathOf("first_name,last_name\nAna,Ruiz\n")),
				"a caseworker does not import");
	}

	@Test
	void aQuotedHeaderHoldingTheSeparatorIsOneColumn() throws IOException {
		ImportReport quoted = fixture.as(fixture.directory.marco(), () -> fixture.imports.dryRun(housing(),
				pathOf("\"first_name\",\"last_name\",\"notes, first visit\"\nAna,Ruiz,x\n")));
		assertTrue(quoted.refused());
		assertEquals("notes, first visit", quoted.problems().get(0).column(), "one column, named whole");
		ImportReport semicolons = fixture.as(fixture.directory.marco(), () -> fixture.imports.importFile(housing(),
				pathOf("\"nombre\";\"apellido\"\n\"Ana\";\"Ruiz; de la Vega\"\n"), BulkProgress.NONE));
		assertEquals(1, semicolons.created(), semicolons.problems().toString());
		assertEquals("Ana Ruiz; de la Vega", fixture.search.quickSearch("ruiz", 5).get(0).clientName());
	}

	@Test
	void aByteTheEncodingDoesNotDefineIsReportedWhereItIs() throws IOException {
		Path file = folder.resolve("legacy.csv");
		byte[] nicolo = "nome;cognome\r\nNicol".getBytes(StandardCharsets.US_ASCII);
		byte[] rest = "nchez\r\nGiulia;Bianchi\r\n".getBytes(StandardCharsets.US_ASCII);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		bytes.writeBytes(nicolo);
		bytes.write(0xF2); // ò in Windows-1252: the file is not UTF-8
		bytes.writeBytes(";S".getBytes(StandardCharsets.US_ASCII));
		bytes.write(0x81); // a byte Windows-1252 does not define
		bytes.writeBytes(rest);
		Files.write(file, bytes.toByteArray());
		ImportReport report = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), file, BulkProgress.NONE));
		assertEquals(1, report.created(), "the other row goes in");
		assertEquals(List.of("2:cognome"), report.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
		assertTrue(report.problems().get(0).reason().contains("UTF-8"), report.problems().get(0).reason());
		assertTrue(fixture.search.quickSearch("nicol", 5).isEmpty(), "a name with a wrong letter is not imported");
	}

	@Test
	void datesAreReadInTheOrderTheImportSays() {
		String spanish = "first_name,last_name,birth_date,opened_on\nAna,Ruiz,31/12/1990,02.03.2026\n"
				+ "Bea,Soto,31/02/1990,\n";
		ImportReport iso = fixture.as(fixture.directory.marco(), () -> fixture.imports.dryRun(housing(),
				pathOf(spanish), ImportOptions.ISO));
		assertEquals(0, iso.validRows(), "ISO dates only: 31/12/1990 is not one");
		ImportReport dayFirst = fixture.as(fixture.directory.marco(), () -> fixture.imports.importFile(housing(),
				pathOf(spanish), new ImportOptions(ImportOptions.DateOrder.DAY_MONTH_YEAR), BulkProgress.NONE));
		assertEquals(1, dayFirst.created(), dayFirst.problems().toString());
		assertEquals(List.of("3:birth_date"), dayFirst.problems().stream().map(p -> p.line() + ":" + p.column())
				.toList(), "31 February is no day");
		assertTrue(dayFirst.problems().get(0).reason().contains("31/02/1990"));
		assertTrue(dayFirst.problems().get(0).reason().contains("31/03/2026"),
				"the example is in the order chosen: " + dayFirst.problems().get(0).reason());
		assertEquals(java.time.LocalDate.of(1990, 12, 31), fixture.database.transactions().query(connection -> {
			try (var select = connection.prepareStatement("SELECT birth_date FROM client_profile WHERE last_name = 'Ruiz'");
					var row = select.executeQuery()) {
				row.next();
				return row.getDate(1).toLocalDate();
			}
		}));
		ImportReport monthFirst = fixture.as(fixture.directory.marco(), () -> fixture.imports.dryRun(housing(),
				pathOf("first_name,last_name,birth_date\nTom,Ford,12/31/1990\n"),
				new ImportOptions(ImportOptions.DateOrder.MONTH_DAY_YEAR)));
		assertEquals(1, monthFirst.validRows(), monthFirst.problems().toString());
		assertEquals(ImportOptions.DateOrder.DAY_MONTH_YEAR, ImportOptions.dateOrderOf(java.util.Locale.ITALY));
		assertEquals(ImportOptions.DateOrder.MONTH_DAY_YEAR, ImportOptions.dateOrderOf(java.util.Locale.US));
	}

	@Test
	void importingAFileAgainMakesEachCaseOnce() {
		String file = "first_name,last_name,birth_date\nAna,Ruiz,1990-12-31\nBea,Soto,\nCarla,Vidal,31/02/1990\n";
		int before = caseCount();
		ImportReport first = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), pathOf(file), BulkProgress.NONE));
		assertEquals(2, first.created(), first.problems().toString());
		ImportReport again = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), pathOf(file), BulkProgress.NONE));
		assertEquals(0, again.created(), "nothing twice");
		assertEquals(before + 2, caseCount());
		assertTrue(again.problems().stream().filter(p -> p.reason().contains("HOU-")).count() == 2,
				"each row says which case it became: " + again.problems());
		// the bad row corrected: only it is imported
		ImportReport corrected = fixture.as(fixture.directory.marco(), () -> fixture.imports.importFile(housing(),
				pathOf(file.replace("31/02/1990", "1990-02-28")), BulkProgress.NONE));
		assertEquals(1, corrected.created(), corrected.problems().toString());
		assertEquals(before + 3, caseCount());
		ImportReport check = fixture.as(fixture.directory.marco(), () -> fixture.imports.dryRun(housing(),
				pathOf(file.replace("31/02/1990", "1990-02-28"))));
		assertEquals(0, check.validRows(), "the check says so before anything is imported");
	}

	@Test
	void anInterruptedImportGoesOnWhereItStopped() {
		StringBuilder file = new StringBuilder("first_name,last_name\n");
		for (int i = 0; i < 2500; i++) {
			file.append("Nombre").append(i).append(",Apellido").append(i).append('\n');
		}
		int before = caseCount();
		BulkProgress stopAfterFirstBatch = new BulkProgress() {
			private boolean worked;

			@Override
			public boolean isCanceled() {
				return worked;
			}

			@Override
			public void worked(int done, int total) {
				worked = true;
			}
		};
		ImportReport stopped = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), pathOf(file.toString()), stopAfterFirstBatch));
		assertTrue(stopped.canceled());
		assertTrue(stopped.created() > 0 && stopped.created() < 2500, "stopped after a batch: " + stopped.created());
		ImportReport rest = fixture.as(fixture.directory.marco(),
				() -> fixture.imports.importFile(housing(), pathOf(file.toString()), BulkProgress.NONE));
		assertEquals(2500 - stopped.created(), rest.created());
		assertEquals(before + 2500, caseCount(), "every row once");
	}
}
