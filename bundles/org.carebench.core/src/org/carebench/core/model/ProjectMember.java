package org.carebench.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A user's role in a project. */
@Entity
@Table(name = "project_member")
public class ProjectMember {

	@Id
	@TableGenerator(name = "member_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "project_member", allocationSize = 50)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "member_ids")
	private long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@ManyToOne(optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	protected ProjectMember() {
		// for JPA
	}

	public ProjectMember(long userId, long projectId, Role role) {
		this.userId = userId;
		this.projectId = projectId;
		this.role = role;
	}

	public long getUserId() {
		return userId;
	}

	public long getProjectId() {
		return projectId;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}
}
