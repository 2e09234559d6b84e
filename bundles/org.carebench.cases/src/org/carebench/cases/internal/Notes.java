package org.carebench.cases.internal;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.carebench.cases.Note;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;

/** Notes of cases, in SQL: a deleted note keeps its row, hidden, and its text stays in the activity log. */
final class Notes {

	private static final String COLUMNS = "SELECT id, case_id, author_id, created_at, edited_at, body FROM case_note"; //$NON-NLS-1$

	/** A note as stored. */
	record Row(long id, long caseId, long authorId, Instant createdAt, Instant editedAt, String body) {
	}

	private Notes() {
	}

	/** Adds a note; returns its id. */
	static long add(Connection connection, long caseId, long authorId, Instant at, String body) {
		long id = Jdbc.reserveIds(connection, "case_note", 1); //$NON-NLS-1$
		Jdbc.update(connection, "INSERT INTO case_note (id, case_id, author_id, created_at, body) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
				id, caseId, authorId, UtcInstantConverter.toTimestamp(at), body);
		return id;
	}

	/** The note, unless it does not exist or was deleted. */
	static Optional<Row> find(Connection connection, long noteId) {
		return Jdbc.first(connection, COLUMNS + " WHERE id = ? AND deleted_at IS NULL", Notes::row, noteId); //$NON-NLS-1$
	}

	static void edit(Connection connection, long noteId, String body, Instant at) {
		Jdbc.update(connection, "UPDATE case_note SET body = ?, edited_at = ? WHERE id = ?", body, //$NON-NLS-1$
				UtcInstantConverter.toTimestamp(at), noteId);
	}

	static void delete(Connection connection, long noteId, Instant at) {
		Jdbc.update(connection, "UPDATE case_note SET deleted_at = ? WHERE id = ?", UtcInstantConverter.toTimestamp(at), //$NON-NLS-1$
				noteId);
	}

	/** The case's notes, newest first. */
	static List<Note> ofCase(EntityManager em, long caseId) {
		return Jdbc.list(Jdbc.of(em), COLUMNS + " WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC", //$NON-NLS-1$
				Notes::row, caseId).stream().map(row -> note(em, row)).toList();
	}

	/** A note as screens show it, with its author. */
	static Note note(EntityManager em, Row row) {
		return new Note(row.id(), row.caseId(), CaseDetailsReader.user(em, row.authorId()), row.createdAt(),
				row.editedAt(), row.body());
	}

	private static Row row(java.sql.ResultSet row) throws java.sql.SQLException {
		return new Row(row.getLong(1), row.getLong(2), row.getLong(3),
				UtcInstantConverter.toInstant(row.getTimestamp(4)), UtcInstantConverter.toInstant(row.getTimestamp(5)),
				row.getString(6));
	}
}
