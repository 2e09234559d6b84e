package org.carebench.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.carebench.cases.CaseImportService;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.ImportReport;

/** An import's report as it grows: rows read, valid, created, updated, and the problems (the first ones listed). */
final class ImportTally {

	long rows;
	long valid;
	long created;
	long updated;
	long problemCount;
	final List<ImportProblem> problems = new ArrayList<>();

	void add(ImportProblem problem) {
		problemCount++;
		if (problems.size() < CaseImportService.MAX_PROBLEMS_LISTED) {
			problems.add(problem);
		}
	}

	ImportReport report(boolean dryRun, boolean canceled) {
		List<ImportProblem> ordered = new ArrayList<>(problems);
		ordered.sort(Comparator.comparingLong(ImportProblem::line));
		return new ImportReport(rows, valid, created, updated, List.copyOf(ordered), problemCount, dryRun, canceled);
	}
}
