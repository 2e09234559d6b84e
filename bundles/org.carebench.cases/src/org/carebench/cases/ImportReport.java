package org.carebench.cases;

import java.util.List;

/**
 * What an import found (dry run) or did. Rows with a problem are never imported; the others are, unless the whole
 * file is refused (its header, its size, its encoding).
 *
 * @param rows         data rows read (the header not counted)
 * @param validRows    rows without problems
 * @param created      cases created (0 in a dry run)
 * @param updated      existing cases whose attributes were set (0 in a dry run)
 * @param problems     the first {@link CaseImportService#MAX_PROBLEMS_LISTED} problems, in file order
 * @param problemCount every problem found, listed or not
 * @param dryRun       whether nothing was written
 * @param canceled     whether the user stopped the import; rows after the last saved batch were not imported
 */
public record ImportReport(long rows, long validRows, long created, long updated, List<ImportProblem> problems,
		long problemCount, boolean dryRun, boolean canceled) {

	/** Whether the file itself was refused (nothing in it can be imported). */
	public boolean refused() {
		return problems.stream().anyMatch(problem -> problem.line() == 0);
	}
}
