package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;

import org.carebench.cases.BulkCaseService;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CloseRule;
import org.carebench.cases.FlagType;
import org.carebench.cases.Workflow;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.CarebenchException;
import org.carebench.core.ForbiddenException;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Bulk changes in batches of plain JDBC: a batch reads its cases in a few statements, decides case by case with
 * the same rules as single changes, then writes its updates and its activity-log entries as JDBC batches.
 */
@Component(service = BulkCaseService.class)
public class BulkCaseServiceImpl implements BulkCaseService {

	/** Cases per transaction: large enough for JDBC batches to pay, small enough to cancel soon. */
	static final int BATCH = 500;
	private static final int IN_LIST = 100;

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final ActivityLog activityLog;
	private final Clock clock;
	private final List<CloseRule> closeRules = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;

	@Activate
	public BulkCaseServiceImpl(@Reference Transactions transactions, @Reference Session session,
			@Reference AccessPolicy access, @Reference ActivityLog activityLog) {
		this(transactions, session, access, activityLog, Clock.systemUTC());
	}

	public BulkCaseServiceImpl(Transactions transactions, Session session, AccessPolicy access,
			ActivityLog activityLog, Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.access = access;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addCloseRule(CloseRule rule) {
		closeRules.add(rule);
	}

	public void removeCloseRule(CloseRule rule) {
		closeRules.remove(rule);
	}

	/** A case as a bulk change reads it. */
	record Row(long id, String code, long projectId, long organizationId, String status, boolean shared,
			Long assigneeId, boolean collaborator) {
	}

	/** What one batch decides and writes; {@link #decide} throws to fail one case with its message. */
	private interface BatchWork {

		/** Whether the case changes (true), needs no change (false), or fails (throws). */
		boolean decide(EntityManager em, Row row);

		/** Writes the changes of the cases decided to change, with their log entries. */
		void write(EntityManager em, List<Row> changing, Instant now) throws SQLException;
	}

	@Override
	public BulkReport changeStatus(long[] caseIds, String statusCode, String closingReason, BulkProgress progress) {
		UserAccess user = access.current();
		Actor actor = session.actor();
		Map<Long, Workflow> workflows = new HashMap<>();
		Map<Long, StatusTransitions.Move> moves = new HashMap<>();
		return run(caseIds, progress, new BatchWork() {
			@Override
			public boolean decide(EntityManager em, Row row) {
				Workflow workflow = workflows.computeIfAbsent(row.projectId(),
						project -> CaseDetailsReader.workflow(em, project));
				StatusTransitions.Move move = StatusTransitions.plan(workflow, row.status(), statusCode, closingReason);
				if (move.changesNothing()) {
					return false;
				}
				access.require(row.projectId(), move.permission(), move.action());
				if (move.to().closed() && !workflow.closeRules().isEmpty()) {
					List<String> missing = StatusTransitions.missingToClose(workflow, closeRules,
							CaseDetailsReader.details(em, em.find(CaseEntity.class, row.id()), user));
					if (!missing.isEmpty()) {
						throw StatusTransitions.closeRulesFailed(missing);
					}
				}
				moves.put(row.id(), move);
				return true;
			}

			@Override
			public void write(EntityManager em, List<Row> changing, Instant now) throws SQLException {
				Timestamp at = UtcInstantConverter.toTimestamp(now);
				List<ActivityLog.Entry> entries = new ArrayList<>(changing.size());
				try (PreparedStatement update = Jdbc.of(em).prepareStatement("UPDATE care_case SET status = ?," //$NON-NLS-1$
						+ " closed_at = ?, closing_reason = ?, last_activity_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
					for (Row row : changing) {
						StatusTransitions.Move move = moves.remove(row.id());
						String reason = move.reason() == null ? null : move.reason().code();
						Jdbc.bind(update, move.to().code(), move.to().closed() ? at : null, reason, at, row.id());
						update.addBatch();
						entries.add(new ActivityLog.Entry(row.id(), ActivityLog.STATUS_CHANGED, move.from().code(),
								move.to().code(), reason));
					}
					update.executeBatch();
				}
				activityLog.recordAll(em, actor, entries);
			}
		});
	}

	@Override
	public BulkReport assign(long[] caseIds, Long userId, BulkProgress progress) {
		UserAccess user = access.current();
		Actor actor = session.actor();
		UserRef assignee = userId == null ? null : transactions.read(em -> {
			UserAccount account = em.find(UserAccount.class, userId);
			if (account == null || !account.isActive()) {
				throw new ValidationException("assignee", NLS.bind(Messages.Case_assigneeCannotSee, userId)); //$NON-NLS-1$
			}
			return account.toRef();
		});
		UserAccess assigneeAccess = assignee == null ? null : access.of(assignee);
		Map<Long, String> previousNames = new HashMap<>();
		return run(caseIds, progress, new BatchWork() {
			@Override
			public boolean decide(EntityManager em, Row row) {
				if (Objects.equals(row.assigneeId(), userId)) {
					return false;
				}
				boolean toSelf = !user.system() && userId != null && userId == user.user().id();
				if (!(toSelf && user.allows(row.projectId(), Permission.CASE_ASSIGN_SELF))) {
					access.require(row.projectId(), Permission.CASE_ASSIGN, Messages.Action_assignCase);
				}
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
			public void write(EntityManager em, List<Row> changing, Instant now) throws SQLException {
				Timestamp at = UtcInstantConverter.toTimestamp(now);
				List<ActivityLog.Entry> entries = new ArrayList<>(changing.size());
				try (PreparedStatement update = Jdbc.of(em).prepareStatement("UPDATE care_case SET assignee_id = ?," //$NON-NLS-1$
						+ " last_activity_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
					for (Row row : changing) {
						Jdbc.bind(update, userId, at, row.id());
						update.addBatch();
						entries.add(new ActivityLog.Entry(row.id(), ActivityLog.ASSIGNED, previousNames.remove(row.id()),
								assignee == null ? null : assignee.displayName(), null));
					}
					update.executeBatch();
				}
				activityLog.recordAll(em, actor, entries);
			}
		});
	}

	@Override
	public BulkReport addFlag(long[] caseIds, String flagCode, String comment, BulkProgress progress) {
		Actor actor = session.actor();
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		Map<Long, FlagType> typeByCase = new HashMap<>();
		Set<Long> flagged = new HashSet<>();
		return run(caseIds, progress, new BatchWork() {
			@Override
			public boolean decide(EntityManager em, Row row) {
				access.require(row.projectId(), Permission.FLAG_MANAGE, Messages.Action_manageFlags);
				FlagType type = Annotations.flagType(Jdbc.of(em), row.projectId(), flagCode);
				if (flagged.contains(row.id())) {
					return false;
				}
				typeByCase.put(row.id(), type);
				return true;
			}

			@Override
			public void write(EntityManager em, List<Row> changing, Instant now) throws SQLException {
				Connection connection = Jdbc.of(em);
				Timestamp at = UtcInstantConverter.toTimestamp(now);
				long id = Jdbc.reserveIds(connection, "case_flag", Math.max(1, changing.size())); //$NON-NLS-1$
				List<ActivityLog.Entry> entries = new ArrayList<>(changing.size());
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_flag (id, case_id," //$NON-NLS-1$
						+ " flag_code, comment_text, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
						PreparedStatement touch = connection.prepareStatement(
								"UPDATE care_case SET last_activity_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
					for (Row row : changing) {
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
				activityLog.recordAll(em, actor, entries);
			}
		}, (connection, ids) -> flagged.addAll(openFlags(connection, ids, flagCode)));
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
		UserAccess user = access.current();
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
				int[] counts = transactions.write(em -> {
					try {
						Connection connection = Jdbc.of(em);
						Map<Long, Row> rows = rows(connection, batch, user);
						reader.read(connection, batch);
						List<Row> changing = new ArrayList<>();
						int same = 0;
						for (long id : batch) {
							Row row = rows.get(id);
							if (row == null || !CaseAccessRules.visible(user, row.projectId(), row.organizationId(),
									row.shared(), row.collaborator())) {
								batchFailures.add(new BulkReport.Failure(id, null, NLS.bind(Messages.Case_notFound, id), null));
								continue;
							}
							try {
								access.require(row.projectId(), Permission.BULK_EDIT, Messages.Action_bulkEdit);
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
							work.write(em, changing, clock.instant());
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
			if (changed > 0 && eventAdmin != null) {
				eventAdmin.postEvent(new Event(CaseEvents.MANY_CHANGED, Map.of()));
			}
		}
		return new BulkReport(ids.length, changed, unchanged, List.copyOf(failures), canceled);
	}

	/** The batch's cases, by id; whether the user collaborates on each. */
	private static Map<Long, Row> rows(Connection connection, long[] ids, UserAccess user) throws SQLException {
		Map<Long, Row> rows = new HashMap<>(ids.length * 2);
		Set<Long> collaborating = new HashSet<>();
		for (int start = 0; start < ids.length; start += IN_LIST) {
			Object[] chunk = chunk(ids, start);
			if (!user.system()) {
				Object[] parameters = new Object[IN_LIST + 1];
				parameters[0] = user.user().id();
				System.arraycopy(chunk, 0, parameters, 1, IN_LIST);
				collaborating.addAll(Jdbc.list(connection, "SELECT case_id FROM case_collaborator WHERE user_id = ?" //$NON-NLS-1$
						+ " AND case_id IN (" + Jdbc.markers(IN_LIST) + ")", row -> row.getLong(1), parameters)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Jdbc.list(connection, "SELECT id, code, project_id, organization_id, status, shared, assignee_id FROM care_case" //$NON-NLS-1$
					+ " WHERE id IN (" + Jdbc.markers(IN_LIST) + ")", row -> { //$NON-NLS-1$ //$NON-NLS-2$
						long id = row.getLong(1);
						long assignee = row.getLong(7);
						Long assigneeId = row.wasNull() ? null : assignee;
						rows.put(id, new Row(id, row.getString(2), row.getLong(3), row.getLong(4), row.getString(5),
								row.getBoolean(6), assigneeId, collaborating.contains(id)));
						return null;
					}, chunk);
		}
		return rows;
	}

	private static Set<Long> openFlags(Connection connection, long[] ids, String flagCode) {
		Set<Long> flagged = new HashSet<>();
		for (int start = 0; start < ids.length; start += IN_LIST) {
			Object[] parameters = new Object[IN_LIST + 1];
			parameters[0] = flagCode;
			System.arraycopy(chunk(ids, start), 0, parameters, 1, IN_LIST);
			flagged.addAll(Jdbc.list(connection, "SELECT case_id FROM case_flag WHERE flag_code = ?" //$NON-NLS-1$
					+ " AND resolved_at IS NULL AND case_id IN (" + Jdbc.markers(IN_LIST) + ")", //$NON-NLS-1$ //$NON-NLS-2$
					row -> row.getLong(1), parameters));
		}
		return flagged;
	}

	/** Always {@link #IN_LIST} values, the last id repeated: one statement text, compiled once. */
	private static Object[] chunk(long[] ids, int start) {
		Object[] chunk = new Object[IN_LIST];
		int end = Math.min(ids.length, start + IN_LIST);
		for (int i = 0; i < IN_LIST; i++) {
			chunk[i] = ids[Math.min(start + i, end - 1)];
		}
		return chunk;
	}
}
