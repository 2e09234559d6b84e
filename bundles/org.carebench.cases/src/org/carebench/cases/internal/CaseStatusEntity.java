package org.carebench.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carebench.cases.CaseStatus;

/** A status of the case workflow. */
@Entity
@Table(name = "case_status")
public class CaseStatusEntity {

	@Id
	@Column(length = 40)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private boolean closed;

	@Column(nullable = false)
	private int position;

	public CaseStatus toStatus() {
		return new CaseStatus(code, name, closed, position);
	}
}
