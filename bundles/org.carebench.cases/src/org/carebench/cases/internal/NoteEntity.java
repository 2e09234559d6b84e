package org.carebench.cases.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A note row. */
@Entity
@Table(name = "case_note")
public class NoteEntity {

	@Id
	@TableGenerator(name = "note_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "case_note", allocationSize = 50)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "note_ids")
	private long id;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 4000)
	private String body;

	@Column(name = "edited_at")
	private Instant editedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected NoteEntity() {
		// for JPA
	}

	public NoteEntity(long caseId, long authorId, Instant createdAt, String body) {
		this.caseId = caseId;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.body = body;
	}

	public long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public long getAuthorId() {
		return authorId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getBody() {
		return body;
	}

	/** Replaces the text, stamping when. */
	public void edit(String text, Instant at) {
		this.body = text;
		this.editedAt = at;
	}

	public Instant getEditedAt() {
		return editedAt;
	}

	public void delete(Instant at) {
		this.deletedAt = at;
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}
}
