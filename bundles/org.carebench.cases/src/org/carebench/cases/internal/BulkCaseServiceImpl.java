package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.carebench.cases.BulkCaseService;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.FlagType;
import org.carebench.cases.Workflow;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.CarebenchException;
import org.carebench.core.ForbiddenException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Bulk changes in batches of plain JDBC: a batch reads its cases in a few statements, decides case by case with
 * the same rules as single changes, then writes its updates and its activity-log entries as JDBC batches.
 */
@Component(service = BulkCaseService.class)
public class BulkCaseServiceImpl implements BulkCaseService {

	/** Cases per transaction: large enough for JDBC batches to pay, small enough to cancel soon. */
	static final int BATCH = 500;

	private final ServiceContext context;
	private final CloseRules closeRules;

	@Activate
	public BulkCaseServiceImpl(@Reference ServiceContext context, @Reference CloseRules closeRules) {
		this.context = context;
		this.closeRules = closeRules;
	}

	/** What one batch decides and writes; {@link #decide} throws to fail one case with its message. */
	private interface BatchWork {

		/** Whether the case changes (true), needs no change (false), or fails (throws). */
		boolean decide(EntityManager em, BulkRows.Row row);

		/** Writes the changes of the cases decided to change, with their log entries. */
		void write(EntityManager em, List<BulkRows.Row> changing, Instant now) throws SQLException;
	}

	@Override
	public BulkReport changeStatus(long[] caseIds, String statusCode, String closingReason, BulkProgress progress) {
		UserAccess user = context.user();
		Actor actor = context.actor();
		Map<Long, Workflow> workflows = new HashMap<>();
		Map<Long, StatusTransitions.Move> moves = new HashMap<>();
		return run(caseIds, progress, new BatchWork() {
			@Override
			public boolean decide(EntityManager em, BulkRows.Row row) {
				Workflow workflow = workflows.computeIfAbsent(row.projectId(),
						project -> CaseDetailsReader.workflow(em, project));
				StatusTransitions.Move move = StatusTransitions.plan(workflow, row.status(), statusCode, closingReason);
				if (move.changesNothing()) {
					return false;
				}
				context.access().require(row.projectId(), move.permission(), move.action());
				if (move.to().closed() && !workflow.closeRules().isEmpty()) {
					closeRules.refuseUnlessPassed(workflow,
							CaseDetailsReader.details(em, em.find(CaseEntity.class, row.id()), user));
				}
				moves.put(row.id(), move);
				return true;
			}

			@Override
			public void write(EntityManager em, List<BulkRows.Row> changing, Instant now) throws SQLException {
				List<StatusMoves.Planned> planned = changing.stream()
						.map(row -> new StatusMoves.Planned(row.id(), row.projectId(), moves.remove(row.id()))).toList();
				context.activityLog().recordAll(em, actor, StatusMoves.write(Jdbc.of(em), planned, now));
			}
		});
	}

	@Override
	public BulkReport assign(long[] caseIds, Long userId, BulkProgress progress) {
		UserAccess user = context.user();
		Actor actor = context.actor();
		UserRef assignee = userId == null ? null : context.read(em -> {
			UserAccount account = em.find(UserAccount.class, userId);
			if (account == null || !account.isActive()) {
				throw new ValidationException("assignee", NLS.bind(Messages.Case_assigneeCannotSee, userId)); //$NON-NLS-1$
			}
			return account.toRef();
		});
		UserAccess assigneeAccess = assignee == null ? null : context.access().of(assignee);
		Map<Long, String> previousNames = new HashMap<>();
		return run(caseIds, progress, new BatchWork() {
			@Override
			public boolean decide(EntityManager em, BulkRows.Row row) {
				if (Objects.equals(row.assigneeId(), userId)) {
					return false;
				}
				context.access().require(row.projectId(),
						Assignments.needed(user, row.projectId(), row.assigneeId(), userId), Messages.Action_assignCase);
				if (assignee != null && !CaseAccessRules.visible(assigneeAccess, row.projectId(), row.organizationId(),
						row.shared(), CaseAccessRules.collaboratorIds(em, row.id()).contains(assignee.id()))) {
					throw new ValidationException("assignee", //$NON-NLS-1$
							NLS.bind(Messages.Case_assigneeCannotSee, assignee.displayName()));
				}
				if (row.assigneeId() != null) {
					previousNames.put(row.id(), CaseDetailsReader.user(em, row.assigneeId()).displayName());
				}
				return true;
			}

			@Override
			public void write(EntityManager em, List<BulkRows.Row> changing, Instant now) throws SQLException {
				Timestamp at = UtcInstantConverter.toTimestamp(now);
				List<ActivityLog.Entry> entries = new ArrayList<>(changing.size());
				try (PreparedStatement update = Jdbc.of(em).prepareStatement("UPDATE care_case SET assignee_id = ?," //$NON-NLS-1$
						+ " last_activity_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
					for (BulkRows.Row row : changing) {
						Jdbc.bind(update, userId, at, row.id());
						update.addBatch();
						entries.add(new ActivityLog.Entry(row.id(), ActivityLog.ASSIGNED, previousNames.remove(row.id()),
								assignee == null ? null : assignee.displayName(), null));
					}
					update.executeBatch();
				}
				context.activityLog().recordAll(em, actor, entries);
			}
		});
	}

	@Override
	public BulkReport addFlag(long[] caseIds, String flagCode, String comment, BulkProgress progress) {
		Actor actor = context.actor();
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		Map<Long, FlagType> typeByCase = new HashMap<>();
		Set<Long> flagged = new HashSet<>();
		return run(caseIds, progress, new BatchWork() {
			@Override
			public boolean decide(EntityManager em, BulkRows.Row row) {
				context.access().require(row.projectId(), Permission.FLAG_MANAGE, Messages.Action_manageFlags);
				FlagType type = Annotations.flagType(Jdbc.of(em), row.projectId(), flagCode);
				if (flagged.contains(row.id())) {
					return false;
				}
				typeByCase.put(row.id(), type);
				return true;
			}

			@Override
			public void write(EntityManager em, List<BulkRows.Row> changing, Instant now) throws SQLException {
				Connection connection = Jdbc.of(em);
				Timestamp at = UtcInstantConverter.toTimestamp(now);
				long id = Jdbc.reserveIds(connection, "case_flag", Math.max(1, changing.size())); //$NON-NLS-1$
				List<ActivityLog.Entry> entries = new ArrayList<>(changing.size());
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_flag (id, case_id," //$NON-NLS-1$
						+ " flag_code, comment_text, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
						PreparedStatement touch = connection.prepareStatement(
								"UPDATE care_case SET last_activity_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
					for (BulkRows.Row row : changing) {
						FlagType type = typeByCase.remove(row.id());
						Jdbc.bind(insert, id++, row.id(), type.code(), text, actor.userId(), at);
						insert.addBatch();
						Jdbc.bind(touch, at, row.id());
						touch.addBatch();
						entries.add(new ActivityLog.Entry(row.id(), ActivityLog.FLAG_ADDED, null, type.name(), text));
					}
					insert.executeBatch();
					touch.executeBatch();
				}
				context.activityLog().recordAll(em, actor, entries);
			}
		}, (connection, ids) -> flagged.addAll(BulkRows.openFlags(connection, ids, flagCode)));
	}

	private BulkReport run(long[] caseIds, BulkProgress progress, BatchWork work) {
		return run(caseIds, progress, work, (connection, ids) -> {
			// nothing more to read
		});
	}

	/** Reads more of a batch's cases before deciding (e.g. their open flags). */
	private interface BatchReader {
		void read(Connection connection, long[] ids) throws SQLException;
	}

	private BulkReport run(long[] caseIds, BulkProgress progress, BatchWork work, BatchReader reader) {
		UserAccess user = context.user();
		long[] ids = Arrays.stream(caseIds).distinct().toArray();
		int changed = 0;
		int unchanged = 0;
		List<BulkReport.Failure> failures = new ArrayList<>();
		boolean canceled = false;
		try {
			for (int start = 0; start < ids.length; start += BATCH) {
				if (progress.isCanceled()) {
					canceled = true;
					break;
				}
				long[] batch = Arrays.copyOfRange(ids, start, Math.min(ids.length, start + BATCH));
				List<BulkReport.Failure> batchFailures = new ArrayList<>();
				int[] counts = context.write(em -> {
					try {
						Connection connection = Jdbc.of(em);
						Map<Long, BulkRows.Row> rows = BulkRows.read(connection, batch, user);
						reader.read(connection, batch);
						List<BulkRows.Row> changing = new ArrayList<>();
						int same = 0;
						for (long id : batch) {
							BulkRows.Row row = rows.get(id);
							if (row == null || !CaseAccessRules.visible(user, row.projectId(), row.organizationId(),
									row.shared(), row.collaborator())) {
								batchFailures.add(new BulkReport.Failure(id, null, NLS.bind(Messages.Case_notFound, id), null));
								continue;
							}
							try {
								context.access().require(row.projectId(), Permission.BULK_EDIT, Messages.Action_bulkEdit);
								if (work.decide(em, row)) {
									changing.add(row);
								} else {
									same++;
								}
							} catch (CarebenchException refused) {
								batchFailures.add(new BulkReport.Failure(id, row.code(), refused.getMessage(),
										refused instanceof ForbiddenException forbidden ? forbidden.missing() : null));
							}
						}
						if (!changing.isEmpty()) {
							work.write(em, changing, context.now());
						}
						return new int[] { changing.size(), same };
					} catch (SQLException e) {
						throw new IllegalStateException("Bulk change failed", e); //$NON-NLS-1$
					}
				});
				changed += counts[0];
				unchanged += counts[1];
				failures.addAll(batchFailures);
				progress.worked(start + batch.length, ids.length);
			}
		} finally {
			if (changed > 0) {
				context.post(CaseEvents.MANY_CHANGED, Map.of());
			}
		}
		return new BulkReport(ids.length, changed, unchanged, List.copyOf(failures), canceled);
	}
}
