package org.carebench.cases.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A case row. References are kept as ids: the list reads them with SQL, the editor resolves them one by one. */
@Entity
@Table(name = "care_case")
public class CaseEntity {

	@Id
	@TableGenerator(name = "case_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "care_case", allocationSize = 50)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "case_ids")
	private long id;

	@Column(nullable = false, length = 40, unique = true)
	private String code;

	@Column(name = "client_id", nullable = false)
	private long clientId;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(nullable = false, length = 40)
	private String status;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closing_reason", length = 40)
	private String closingReason;

	@Column(nullable = false)
	private boolean shared;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "case_type_id")
	private Long caseTypeId;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	@Version
	private long version;

	protected CaseEntity() {
		// for JPA
	}

	/** A case opened now in {@code status}; its code is set once the id is allocated. */
	CaseEntity(long clientId, long projectId, long organizationId, String status, Instant openedAt) {
		this.clientId = clientId;
		this.projectId = projectId;
		this.organizationId = organizationId;
		this.status = status;
		this.openedAt = openedAt;
		this.lastActivityAt = openedAt;
	}

	public long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public long getClientId() {
		return clientId;
	}

	public long getProjectId() {
		return projectId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public String getStatus() {
		return status;
	}

	public Long getAssigneeId() {
		return assigneeId;
	}

	public void setAssigneeId(Long assigneeId) {
		this.assigneeId = assigneeId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getClosingReason() {
		return closingReason;
	}

	public boolean isShared() {
		return shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

	public Long getCaseTypeId() {
		return caseTypeId;
	}

	public void setCaseTypeId(Long caseTypeId) {
		this.caseTypeId = caseTypeId;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	public void setLastActivityAt(Instant lastActivityAt) {
		this.lastActivityAt = lastActivityAt;
	}

	public Long getTeamId() {
		return teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public long getVersion() {
		return version;
	}
}
