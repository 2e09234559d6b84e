package org.carebench.core;

import java.sql.Connection;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The append-only record of every change to a case. A service writes its entry with the entity manager of the
 * transaction that makes the change, so the change and its record commit or fail together.
 */
public interface ActivityLog {

	/** Standard actions; bundles may use their own, dot-separated and prefixed by their area. */
	String CASE_OPENED = "case.opened"; //$NON-NLS-1$
	String STATUS_CHANGED = "case.status"; //$NON-NLS-1$
	String ASSIGNED = "case.assigned"; //$NON-NLS-1$
	String NOTE_ADDED = "case.note"; //$NON-NLS-1$
	String NOTE_EDITED = "case.note.edited"; //$NON-NLS-1$
	String NOTE_DELETED = "case.note.deleted"; //$NON-NLS-1$
	String SHARED = "case.shared"; //$NON-NLS-1$
	String COLLABORATOR_ADDED = "case.collaborator.added"; //$NON-NLS-1$
	String COLLABORATOR_REMOVED = "case.collaborator.removed"; //$NON-NLS-1$
	String ROLE_FILLED = "case.role"; //$NON-NLS-1$
	String ACTIVITY_SCHEDULED = "case.activity.scheduled"; //$NON-NLS-1$
	String ACTIVITY_COMPLETED = "case.activity.completed"; //$NON-NLS-1$
	String ACTIVITY_RESCHEDULED = "case.activity.rescheduled"; //$NON-NLS-1$
	String ACTIVITY_CANCELLED = "case.activity.cancelled"; //$NON-NLS-1$
	String ROLE_CHANGED = "case.role.changed"; //$NON-NLS-1$
	String TEAM_ASSIGNED = "case.team"; //$NON-NLS-1$
	String FLAG_ADDED = "case.flag.added"; //$NON-NLS-1$
	String FLAG_RESOLVED = "case.flag.resolved"; //$NON-NLS-1$
	String ATTRIBUTE_CHANGED = "case.attribute"; //$NON-NLS-1$
	String CASE_LINKED = "case.linked"; //$NON-NLS-1$
	String CASE_UNLINKED = "case.unlinked"; //$NON-NLS-1$
	String CASE_IMPORTED = "case.imported"; //$NON-NLS-1$
	String PARTICIPANT_ADDED = "case.participant.added"; //$NON-NLS-1$
	String PARTICIPANT_REMOVED = "case.participant.removed"; //$NON-NLS-1$

	/** One entry of {@link ActivityLog#recordAll}. */
	record Entry(long caseId, String action, String before, String after, String detail) {
	}

	/** Appends an entry, chained to the case's previous one, in the transaction of {@code em}. */
	void record(EntityManager em, long caseId, Actor actor, String action, String before, String after,
			String detail);

	/**
	 * Appends many entries by one actor in one JDBC batch, in the transaction of {@code em}: what bulk changes and
	 * imports write. Each is chained to its case's previous entry, as {@link #record} does.
	 */
	void recordAll(EntityManager em, Actor actor, List<Entry> entries);

	/**
	 * As {@link #recordAll}, for cases created in this unit of work, which have no entries yet: their chains start
	 * here, without looking for earlier entries (imports).
	 */
	void recordFirst(EntityManager em, Actor actor, List<Entry> entries);

	/** The entries of one case, oldest first. */
	List<ActivityEntry> forCase(long caseId);

	/** The entries of one case, oldest first, read in the unit of work of {@code em}. */
	List<ActivityEntry> forCase(EntityManager em, long caseId);

	/**
	 * Recomputes every case's hash chain and reports where it breaks (an entry changed, or removed from between
	 * others). Needs {@link Permission#SYSTEM_ADMINISTER}.
	 */
	default ChainReport verify() {
		return verify(null);
	}

	/**
	 * As {@link #verify()}, and against what the log held at {@code previous} (or nothing, for {@code null}): a
	 * case with fewer entries than then, or whose entry then last no longer has the seal it had, was changed.
	 */
	ChainReport verify(LogCheckpoint previous);

	/**
	 * As {@link #verify(LogCheckpoint)}, over {@code copy}, a connection to another copy of the database (a backup
	 * checked before it is restored), against {@code previous} (the checkpoint taken with it, or {@code null}).
	 * Needs {@link Permission#SYSTEM_ADMINISTER}.
	 */
	ChainReport verifyCopy(Connection copy, LogCheckpoint previous);
}
