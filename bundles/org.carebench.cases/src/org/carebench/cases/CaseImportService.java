package org.carebench.cases;

import java.nio.file.Path;

import org.carebench.core.Permission;

/**
 * Imports cases, and attributes of existing cases, from CSV files (UTF-8, or Windows-1252 as older Excel writes
 * them; comma or semicolon separated; a header row naming the columns). Needs {@link Permission#CASE_IMPORT} in
 * the project; new cases belong to the importer's organization.
 *
 * <p>
 * Columns: {@code first_name}, {@code last_name}, {@code birth_date}, {@code anonymous}, {@code opened_on},
 * {@code status}, {@code closing_reason}, {@code closed_on}, {@code assignee} (a login) for new cases;
 * {@code case_code} to set attributes of an existing case instead; and one column per attribute of the project,
 * named by its code. Dates are written 2026-03-31, or as the user's spreadsheet writes them (31/03/2026) when
 * {@link ImportOptions} say so. A row with a byte its encoding does not define is reported, not imported.
 */
public interface CaseImportService {

	/** Largest file accepted. */
	long MAX_FILE_BYTES = 200L * 1024 * 1024;
	/** Problems listed in a report; the rest are counted. */
	int MAX_PROBLEMS_LISTED = 1000;

	/** Reads and checks every row, reporting each problem by line and column; writes nothing. */
	ImportReport dryRun(long projectId, Path file, ImportOptions options);

	/**
	 * Imports the rows without problems, in batches (one transaction each, with their activity-log entries), and
	 * reports the others as the dry run does.
	 */
	ImportReport importFile(long projectId, Path file, ImportOptions options, BulkProgress progress);

	/** As {@link #dryRun(long, Path, ImportOptions)}, with ISO dates. */
	default ImportReport dryRun(long projectId, Path file) {
		return dryRun(projectId, file, ImportOptions.ISO);
	}

	/** As {@link #importFile(long, Path, ImportOptions, BulkProgress)}, with ISO dates. */
	default ImportReport importFile(long projectId, Path file, BulkProgress progress) {
		return importFile(projectId, file, ImportOptions.ISO, progress);
	}
}
