package org.carebench.cases.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carebench.cases.BulkProgress;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseImportService;
import org.carebench.cases.ImportOptions;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.ImportReport;
import org.carebench.core.Actor;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads an import file once, row by row, checking each; valid rows are written in batches of plain JDBC (clients,
 * cases, attributes and their log entries), so that a file of a million rows never sits in memory.
 */
@Component(service = CaseImportService.class)
public class CaseImportServiceImpl implements CaseImportService {

	/** Valid rows per transaction. */
	static final int BATCH = 1000;

	private final ServiceContext context;
	private final ImportWriter writer;

	@Activate
	public CaseImportServiceImpl(@Reference ServiceContext context) {
		this.context = context;
		this.writer = new ImportWriter(context);
	}

	@Override
	public ImportReport dryRun(long projectId, Path file, ImportOptions options) {
		return run(projectId, file, options, false, BulkProgress.NONE);
	}

	@Override
	public ImportReport importFile(long projectId, Path file, ImportOptions options, BulkProgress progress) {
		return run(projectId, file, options, true, progress);
	}

	private ImportReport run(long projectId, Path file, ImportOptions options, boolean write,
			BulkProgress progress) {
		context.access().require(projectId, Permission.CASE_IMPORT, Messages.Action_importCases);
		UserAccess user = context.user();
		if (user.system()) {
			throw new ValidationException("user", Messages.Import_needsUser); //$NON-NLS-1$
		}
		Actor actor = context.actor();
		ImportTally tally = new ImportTally();
		long size;
		try {
			size = Files.size(file);
		} catch (NoSuchFileException e) {
			return refused(tally, write, NLS.bind(Messages.Import_noFile, file));
		} catch (IOException e) {
			return refused(tally, write, NLS.bind(Messages.Import_unreadable, file, e.getMessage()));
		}
		if (size > MAX_FILE_BYTES) {
			return refused(tally, write, NLS.bind(Messages.Import_tooLarge, megabytes(size), megabytes(MAX_FILE_BYTES)));
		}
		ImportWriter.Target target = target(projectId, user, file);
		Map<String, UserRef> assignees = new HashMap<>();
		ImportRows rows = new ImportRows(target.workflow(), target.attributes(),
				login -> assignees.computeIfAbsent(login, l -> assignable(l, target, user)), context.zone(),
				context.today(), options.dates());
		boolean canceled = false;
		List<ImportRows.NewCaseRow> newCases = new ArrayList<>();
		List<ImportRows.AttributeRow> updates = new ArrayList<>();
		try (ImportFile csv = ImportFile.open(file)) {
			ImportFile.Row header = csv.next();
			if (header == null) {
				return refused(tally, write, Messages.Import_empty);
			}
			List<ImportProblem> headerProblems = rows.header(header.fields());
			if (!headerProblems.isEmpty()) {
				headerProblems.forEach(problem -> tally.add(new ImportProblem(0, problem.column(), problem.reason())));
				return tally.report(!write, false);
			}
			long estimatedRows = Math.max(1, size / 60);
			ImportFile.Row record;
			while ((record = csv.next()) != null) {
				tally.rows++;
				List<ImportProblem> problems = new ArrayList<>(2);
				Object row = csv.mayHaveUndefinedBytes() && undefinedBytes(record, rows, problems) ? null
						: rows.check(record.line(), record.fields(), problems);
				problems.forEach(tally::add);
				if (row instanceof ImportRows.NewCaseRow created) {
					newCases.add(created);
				} else if (row instanceof ImportRows.AttributeRow update) {
					updates.add(update);
				}
				if (newCases.size() + updates.size() >= BATCH) {
					writer.flush(target, user, actor, newCases, updates, write, tally);
					progress.worked((int) Math.min(Integer.MAX_VALUE, tally.rows),
							(int) Math.min(Integer.MAX_VALUE, Math.max(estimatedRows, tally.rows + 1)));
					if (progress.isCanceled()) {
						canceled = true;
						break;
					}
				}
			}
			if (!canceled) {
				writer.flush(target, user, actor, newCases, updates, write, tally);
				progress.worked((int) Math.min(Integer.MAX_VALUE, tally.rows), (int) Math.min(Integer.MAX_VALUE, tally.rows));
			}
		} catch (ImportFile.BrokenQuoteException e) {
			tally.rows++;
			tally.add(new ImportProblem(e.line, null, Messages.Import_unclosedQuote));
			writer.flush(target, user, actor, newCases, updates, write, tally); // the rows before it are good
		} catch (IOException e) {
			tally.add(new ImportProblem(0, null, NLS.bind(Messages.Import_unreadable, file, e.getMessage())));
		} finally {
			if (write && tally.created + tally.updated > 0) {
				context.post(CaseEvents.MANY_CHANGED, Map.of());
			}
		}
		return tally.report(!write, canceled);
	}

	/**
	 * Whether a row holds a byte its file's encoding does not define: each such field is a problem naming the line
	 * and column, and the row is not imported (a wrong letter in a name would go unnoticed).
	 */
	private static boolean undefinedBytes(ImportFile.Row record, ImportRows rows, List<ImportProblem> problems) {
		boolean found = false;
		for (int i = 0; i < record.fields().size(); i++) {
			if (record.fields().get(i).indexOf(ImportFile.UNDEFINED) >= 0) {
				problems.add(new ImportProblem(record.line(), rows.columnName(i), Messages.Import_undefinedByte));
				found = true;
			}
		}
		return found;
	}

	private static ImportReport refused(ImportTally tally, boolean write, String reason) {
		tally.add(new ImportProblem(0, null, reason));
		return tally.report(!write, false);
	}

	private static String megabytes(long bytes) {
		return String.valueOf((bytes + (1 << 20) - 1) >> 20);
	}

	private ImportWriter.Target target(long projectId, UserAccess user, Path file) {
		return context.read(em -> {
			Project project = em.find(Project.class, projectId);
			Organization organization = em.find(Organization.class, user.user().organizationId());
			if (project == null || organization == null || !organization.getProjects().contains(project)) {
				throw new ValidationException("project", Messages.Case_notOwnOrganization); //$NON-NLS-1$
			}
			Connection connection = Jdbc.of(em);
			return new ImportWriter.Target(projectId, project.getCode(), project.getNetwork().getId(), organization.getId(),
					CaseDetailsReader.workflow(em, projectId), Annotations.attributeDefinitions(connection, projectId),
					file.getFileName().toString());
		});
	}

	/** The user of a login, provided he is active and would see the new case (importer's organization). */
	private UserRef assignable(String login, ImportWriter.Target target, UserAccess importer) {
		UserRef found = context.read(em -> em
				.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class) //$NON-NLS-1$
				.setParameter("login", login).getResultList().stream().filter(UserAccount::isActive) //$NON-NLS-1$
				.map(UserAccount::toRef).findFirst().orElse(null));
		if (found == null || found.organizationId() != target.organizationId()
				|| !context.access().of(found).allows(target.projectId(), Permission.CASE_VIEW)) {
			return null;
		}
		return found;
	}

}
