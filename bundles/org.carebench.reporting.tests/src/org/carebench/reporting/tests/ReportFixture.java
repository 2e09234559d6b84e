package org.carebench.reporting.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.NewCase;
import org.carebench.cases.internal.ReportScopeImpl;
import org.carebench.core.model.Jdbc;
import org.carebench.reporting.internal.ReportServiceImpl;
import org.carebench.testing.Casework;

/**
 * The report service over a fresh database of the test agency: cases of Casa Abierta (Ana's) and of Fondazione
 * Aiuto (Giulia's) in several statuses, some assigned, some closed, with notes; Ana signed in.
 */
final class ReportFixture extends Casework {

	final ReportServiceImpl reports;
	final List<CaseDetails> agencyCases = new ArrayList<>();
	final List<CaseDetails> partnerCases = new ArrayList<>();

	ReportFixture(Path reportsFolder) {
		reports = new ReportServiceImpl(context, new ReportScopeImpl(context), directory.service(), caseAccess,
				reportsFolder);
		directory.session().runAsSystem("Test cases", () -> { //$NON-NLS-1$
			for (int i = 0; i < 9; i++) {
				agencyCases.add(open(i, directory.agency().id(), i % 3 == 0 ? null : directory.ana().id()));
			}
			for (int i = 0; i < 4; i++) {
				partnerCases.add(open(i, directory.partner().id(), directory.giulia().id()));
			}
			move(agencyCases, 1, "IN_PROGRESS", null); //$NON-NLS-1$
			move(agencyCases, 2, "IN_PROGRESS", null); //$NON-NLS-1$
			move(agencyCases, 4, "PENDING", null); //$NON-NLS-1$
			move(agencyCases, 5, "CLOSED", "GOALS_MET"); //$NON-NLS-1$ //$NON-NLS-2$
			move(agencyCases, 7, "CLOSED", "WITHDREW"); //$NON-NLS-1$ //$NON-NLS-2$
			move(partnerCases, 0, "CLOSED", "GOALS_MET"); //$NON-NLS-1$ //$NON-NLS-2$
			notes.addNote(agencyCases.get(1).id(), "Visited the family; rent arrears of three months."); //$NON-NLS-1$
			return null;
		});
		directory.session().signIn(directory.ana());
	}

	private CaseDetails open(int client, long organization, Long assignee) {
		clock.advance(Duration.ofDays(2));
		return cases.createCase(new NewCase(directory.clients().get(client % 3).id(), directory.housing().id(),
				organization, assignee));
	}

	private void move(List<CaseDetails> list, int index, String status, String reason) {
		clock.advance(Duration.ofDays(3));
		CaseDetails current = cases.getCase(list.get(index).id()).orElseThrow();
		list.set(index, cases.changeStatus(current.id(), status, reason, current.version()));
	}

	/** Counts straight from the tables, with an SQL condition on care_case c. */
	long count(String condition, Object... values) {
		return database.transactions().query(connection -> Jdbc
				.first(connection, "SELECT COUNT(*) FROM care_case c WHERE " + condition, row -> row.getLong(1), //$NON-NLS-1$
						values)
				.orElseThrow());
	}

	/** Cases per status name of one organization, straight from the tables. */
	Map<String, Long> countsByStatus(long organizationId) {
		return database.transactions().query(connection -> {
			Map<String, Long> counts = new TreeMap<>();
			for (Object[] row : Jdbc.list(connection, "SELECT w.name, COUNT(*) FROM care_case c" //$NON-NLS-1$
					+ " JOIN workflow_status w ON w.project_id = 0 AND w.code = c.status" //$NON-NLS-1$
					+ " WHERE c.organization_id = ? GROUP BY w.name", //$NON-NLS-1$
					r -> new Object[] { r.getString(1), r.getLong(2) }, organizationId)) {
				counts.put((String) row[0], (Long) row[1]);
			}
			return counts;
		});
	}

	/** The text of a PDF, whitespace folded to single spaces. */
	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void close() {
		reports.stop();
		super.close();
	}
}
