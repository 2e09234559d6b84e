package org.carebench.core.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One append-only row of a case's activity log. */
@Entity
@Table(name = "activity_log")
public class ActivityLogEntry {

	@Id
	@TableGenerator(name = "activity_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "activity_log", allocationSize = 100)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "activity_ids")
	private long id;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_label", length = 200)
	private String actorLabel;

	@Column(nullable = false, length = 64)
	private String action;

	@Column(name = "before_value", length = 1000)
	private String before;

	@Column(name = "after_value", length = 1000)
	private String after;

	@Column(length = 4000)
	private String detail;

	@Column(name = "prev_hash", length = 64)
	private String previousHash;

	@Column(name = "entry_hash", length = 64)
	private String entryHash;

	protected ActivityLogEntry() {
		// for JPA
	}

	/** An entry chained to {@code previousHash}, the hash of the case's entry before it. */
	public ActivityLogEntry(long caseId, Instant occurredAt, Long actorId, String actorLabel, String action,
			String before, String after, String detail, String previousHash) {
		this.caseId = caseId;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorLabel = actorLabel;
		this.action = action;
		this.before = before;
		this.after = after;
		this.detail = detail;
		this.previousHash = previousHash;
		this.entryHash = ActivityChain.hash(previousHash, caseId, occurredAt, actorId, actorLabel, action, before,
				after, detail);
	}

	public long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorLabel() {
		return actorLabel;
	}

	public String getPreviousHash() {
		return previousHash;
	}

	public String getEntryHash() {
		return entryHash;
	}

	public String getAction() {
		return action;
	}

	public String getBefore() {
		return before;
	}

	public String getAfter() {
		return after;
	}

	public String getDetail() {
		return detail;
	}
}
