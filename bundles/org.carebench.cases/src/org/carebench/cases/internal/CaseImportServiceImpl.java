package org.carebench.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeValue;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.CaseCodes;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseImportService;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.ImportReport;
import org.carebench.cases.Workflow;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Reads an import file once, row by row, checking each; valid rows are written in batches of plain JDBC (clients,
 * cases, attributes and their log entries), so that a file of a million rows never sits in memory.
 */
@Component(service = CaseImportService.class)
public class CaseImportServiceImpl implements CaseImportService {

	/** Valid rows per transaction. */
	static final int BATCH = 1000;
	private static final int IN_LIST = 100;

	private final ServiceContext context;

	@Activate
	public CaseImportServiceImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public ImportReport dryRun(long projectId, Path file) {
		return run(projectId, file, false, BulkProgress.NONE);
	}

	@Override
	public ImportReport importFile(long projectId, Path file, BulkProgress progress) {
		return run(projectId, file, true, progress);
	}

	/** What every batch of one import needs to know. */
	private record Target(long projectId, String projectCode, long networkId, long organizationId, Workflow workflow,
			List<AttributeDefinition> attributes, String fileName) {
	}

	/** The report as it grows. */
	private static final class Tally {
		long rows;
		long valid;
		long created;
		long updated;
		long problemCount;
		final List<ImportProblem> problems = new ArrayList<>();

		void add(ImportProblem problem) {
			problemCount++;
			if (problems.size() < MAX_PROBLEMS_LISTED) {
				problems.add(problem);
			}
		}

		ImportReport report(boolean dryRun, boolean canceled) {
			List<ImportProblem> ordered = new ArrayList<>(problems);
			ordered.sort(Comparator.comparingLong(ImportProblem::line));
			return new ImportReport(rows, valid, created, updated, List.copyOf(ordered), problemCount, dryRun,
					canceled);
		}
	}

	private ImportReport run(long projectId, Path file, boolean write, BulkProgress progress) {
		context.access().require(projectId, Permission.CASE_IMPORT, Messages.Action_importCases);
		UserAccess user = context.user();
		if (user.system()) {
			throw new ValidationException("user", Messages.Import_needsUser); //$NON-NLS-1$
		}
		Actor actor = context.actor();
		Tally tally = new Tally();
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
		Target target = target(projectId, user, file);
		Map<String, UserRef> assignees = new HashMap<>();
		ImportRows rows = new ImportRows(target.workflow(), target.attributes(),
				login -> assignees.computeIfAbsent(login, l -> assignable(l, target, user)), context.zone(),
				context.today());
		boolean canceled = false;
		List<ImportRows.NewCaseRow> newCases = new ArrayList<>();
		List<ImportRows.AttributeRow> updates = new ArrayList<>();
		try (CsvReader csv = new CsvReader(reader(file))) {
			CsvReader.Record header = csv.next();
			if (header == null) {
				return refused(tally, write, Messages.Import_empty);
			}
			List<ImportProblem> headerProblems = rows.header(header.fields());
			if (!headerProblems.isEmpty()) {
				headerProblems.forEach(problem -> tally.add(new ImportProblem(0, problem.column(), problem.reason())));
				return tally.report(!write, false);
			}
			long estimatedRows = Math.max(1, size / 60);
			CsvReader.Record record;
			while ((record = csv.next()) != null) {
				tally.rows++;
				List<ImportProblem> problems = new ArrayList<>(2);
				Object row = rows.check(record.line(), record.fields(), problems);
				problems.forEach(tally::add);
				if (row instanceof ImportRows.NewCaseRow created) {
					newCases.add(created);
				} else if (row instanceof ImportRows.AttributeRow update) {
					updates.add(update);
				}
				if (newCases.size() + updates.size() >= BATCH) {
					flush(target, user, actor, newCases, updates, write, tally);
					progress.worked((int) Math.min(Integer.MAX_VALUE, tally.rows),
							(int) Math.min(Integer.MAX_VALUE, Math.max(estimatedRows, tally.rows + 1)));
					if (progress.isCanceled()) {
						canceled = true;
						break;
					}
				}
			}
			if (!canceled) {
				flush(target, user, actor, newCases, updates, write, tally);
				progress.worked((int) Math.min(Integer.MAX_VALUE, tally.rows), (int) Math.min(Integer.MAX_VALUE, tally.rows));
			}
		} catch (CsvReader.UnclosedQuoteException e) {
			tally.rows++;
			tally.add(new ImportProblem(e.line, null, Messages.Import_unclosedQuote));
			flush(target, user, actor, newCases, updates, write, tally); // the rows before it are good
		} catch (IOException e) {
			tally.add(new ImportProblem(0, null, NLS.bind(Messages.Import_unreadable, file, e.getMessage())));
		} finally {
			if (write && tally.created + tally.updated > 0) {
				context.post(CaseEvents.MANY_CHANGED, Map.of());
			}
		}
		return tally.report(!write, canceled);
	}

	private static ImportReport refused(Tally tally, boolean write, String reason) {
		tally.add(new ImportProblem(0, null, reason));
		return tally.report(!write, false);
	}

	private static String megabytes(long bytes) {
		return String.valueOf((bytes + (1 << 20) - 1) >> 20);
	}

	private Target target(long projectId, UserAccess user, Path file) {
		return context.read(em -> {
			Project project = em.find(Project.class, projectId);
			Organization organization = em.find(Organization.class, user.user().organizationId());
			if (project == null || organization == null || !organization.getProjects().contains(project)) {
				throw new ValidationException("project", Messages.Case_notOwnOrganization); //$NON-NLS-1$
			}
			Connection connection = Jdbc.of(em);
			return new Target(projectId, project.getCode(), project.getNetwork().getId(), organization.getId(),
					CaseDetailsReader.workflow(em, projectId), Annotations.attributeDefinitions(connection, projectId),
					file.getFileName().toString());
		});
	}

	/** The user of a login, provided he is active and would see the new case (importer's organization). */
	private UserRef assignable(String login, Target target, UserAccess importer) {
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

	/** UTF-8 when the whole file decodes as such, else Windows-1252 (what Excel in Spain and Italy saves). */
	static Reader reader(Path file) throws IOException {
		Charset charset = StandardCharsets.UTF_8;
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
			CharBuffer out = CharBuffer.allocate(buffer.length * 2);
			int read;
			while ((read = in.read(buffer)) != -1) {
				pending.put(buffer, 0, read).flip();
				if (strict.decode(pending, out, false).isError()) {
					throw new CharacterCodingException();
				}
				pending.compact();
				out.clear();
			}
			pending.flip();
			if (strict.decode(pending, out, true).isError()) {
				throw new CharacterCodingException();
			}
		} catch (CharacterCodingException e) {
			charset = Charset.forName("windows-1252"); //$NON-NLS-1$
		}
		return new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
	}

	/** Resolves the batch's case codes, then (when writing) saves its rows; empties the lists. */
	private void flush(Target target, UserAccess user, Actor actor, List<ImportRows.NewCaseRow> newCases,
			List<ImportRows.AttributeRow> updates, boolean write, Tally tally) {
		if (newCases.isEmpty() && updates.isEmpty()) {
			return;
		}
		List<ImportRows.NewCaseRow> created = List.copyOf(newCases);
		List<ImportRows.AttributeRow> changed = List.copyOf(updates);
		newCases.clear();
		updates.clear();
		Work work = write ? context::write : context::read;
		work.run(em -> {
			Connection connection = Jdbc.of(em);
			Map<String, CaseRow> existing = existingCases(connection, changed);
			List<ImportRows.AttributeRow> applicable = new ArrayList<>();
			for (ImportRows.AttributeRow row : changed) {
				CaseRow found = existing.get(row.caseCode());
				if (found == null || found.projectId() != target.projectId() || !CaseAccessRules.visible(user,
						found.projectId(), found.organizationId(), found.shared(), false)) {
					tally.add(new ImportProblem(row.line(), ImportRows.CASE_CODE,
							NLS.bind(Messages.Import_unknownCase, row.caseCode())));
				} else {
					applicable.add(row);
				}
			}
			tally.valid += created.size() + applicable.size();
			if (write) {
				try {
					List<ActivityLog.Entry> opened = new ArrayList<>();
					insertCases(connection, target, created, opened);
					context.activityLog().recordFirst(em, actor, opened);
					List<ActivityLog.Entry> changes = new ArrayList<>();
					updateAttributes(connection, target, applicable, existing, changes);
					context.activityLog().recordAll(em, actor, changes);
				} catch (SQLException e) {
					throw new IllegalStateException("Import failed", e); //$NON-NLS-1$
				}
				tally.created += created.size();
				tally.updated += applicable.size();
			}
			return null;
		});
	}

	/** A read-only or a writing unit of work, chosen once. */
	private interface Work {
		Object run(Transactions.Work<Object> work);
	}

	private record CaseRow(long id, long projectId, long organizationId, boolean shared) {
	}

	private static Map<String, CaseRow> existingCases(Connection connection, List<ImportRows.AttributeRow> rows) {
		Map<String, CaseRow> found = new HashMap<>();
		List<String> codes = rows.stream().map(ImportRows.AttributeRow::caseCode).distinct().toList();
		for (int start = 0; start < codes.size(); start += IN_LIST) {
			Object[] chunk = new Object[IN_LIST];
			for (int i = 0; i < IN_LIST; i++) {
				chunk[i] = codes.get(Math.min(start + i, codes.size() - 1));
			}
			Jdbc.list(connection, "SELECT code, id, project_id, organization_id, shared FROM care_case WHERE code IN (" //$NON-NLS-1$
					+ Jdbc.markers(IN_LIST) + ")", row -> found.put(row.getString(1), //$NON-NLS-1$
							new CaseRow(row.getLong(2), row.getLong(3), row.getLong(4), row.getBoolean(5))),
					chunk);
		}
		return found;
	}

	private void insertCases(Connection connection, Target target, List<ImportRows.NewCaseRow> rows,
			List<ActivityLog.Entry> entries) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		long clientId = Jdbc.reserveIds(connection, "client_profile", rows.size()); //$NON-NLS-1$
		long caseId = Jdbc.reserveIds(connection, "care_case", rows.size()); //$NON-NLS-1$
		Timestamp now = UtcInstantConverter.toTimestamp(context.now());
		try (PreparedStatement clients = connection.prepareStatement("INSERT INTO client_profile (id, network_id," //$NON-NLS-1$
				+ " first_name, last_name, anonymous, birth_date, search_name, search_first) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement cases = connection.prepareStatement("INSERT INTO care_case (id, code, client_id," //$NON-NLS-1$
						+ " project_id, organization_id, status, assignee_id, opened_at, closed_at, closing_reason," //$NON-NLS-1$
						+ " last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement attributes = connection.prepareStatement("INSERT INTO case_attribute (case_id, code," //$NON-NLS-1$
						+ " text_value, number_value, date_value) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			boolean anyAttribute = false;
			for (ImportRows.NewCaseRow row : rows) {
				Jdbc.bind(clients, clientId, target.networkId(), row.firstName(), row.lastName(), row.anonymous(),
						row.birthDate() == null ? null : Date.valueOf(row.birthDate()),
						row.anonymous() ? null : SearchText.nameKey(row.firstName(), row.lastName()),
						row.anonymous() ? null : SearchText.firstNameKey(row.firstName(), row.lastName()));
				clients.addBatch();
				String code = CaseCodes.of(target.projectCode(), caseId);
				Timestamp opened = row.openedAt() == null ? now : UtcInstantConverter.toTimestamp(row.openedAt());
				Timestamp closed = !row.status().closed() ? null
						: row.closedAt() == null ? now : UtcInstantConverter.toTimestamp(row.closedAt());
				Jdbc.bind(cases, caseId, code, clientId, target.projectId(), target.organizationId(),
						row.status().code(), row.assignee() == null ? null : row.assignee().id(), opened, closed,
						row.reason() == null ? null : row.reason().code(), now);
				cases.addBatch();
				for (Map.Entry<String, AttributeValues.Stored> value : row.attributes().entrySet()) {
					if (value.getValue() != null) {
						Object[] columns = value.getValue().columns();
						Jdbc.bind(attributes, caseId, value.getKey(), columns[0], columns[1], columns[2]);
						attributes.addBatch();
						anyAttribute = true;
					}
				}
				entries.add(new ActivityLog.Entry(caseId, ActivityLog.CASE_IMPORTED, null, code,
						target.fileName() + ":" + row.line())); //$NON-NLS-1$
				clientId++;
				caseId++;
			}
			clients.executeBatch();
			cases.executeBatch();
			if (anyAttribute) {
				attributes.executeBatch();
			}
		}
	}

	private void updateAttributes(Connection connection, Target target, List<ImportRows.AttributeRow> rows,
			Map<String, CaseRow> cases, List<ActivityLog.Entry> entries) {
		Timestamp now = UtcInstantConverter.toTimestamp(context.now());
		for (ImportRows.AttributeRow row : rows) {
			long caseId = cases.get(row.caseCode()).id();
			Map<String, AttributeValue> before = new HashMap<>();
			Annotations.attributes(connection, target.projectId(), caseId)
					.forEach(value -> before.put(value.definition().code(), value));
			boolean touched = false;
			for (Map.Entry<String, AttributeValues.Stored> value : row.attributes().entrySet()) {
				AttributeValue old = before.get(value.getKey());
				String after = value.getValue() == null ? null : value.getValue().display();
				if (!Objects.equals(old.value(), after)) {
					Annotations.writeAttribute(connection, caseId, value.getKey(), value.getValue());
					entries.add(new ActivityLog.Entry(caseId, ActivityLog.ATTRIBUTE_CHANGED, old.value(), after,
							old.definition().name()));
					touched = true;
				}
			}
			if (touched) {
				Jdbc.update(connection, "UPDATE care_case SET last_activity_at = ?, version = version + 1 WHERE id = ?", //$NON-NLS-1$
						now, caseId);
			}
		}
	}
}
