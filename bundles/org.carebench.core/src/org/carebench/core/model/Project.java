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

import org.carebench.core.ProjectRef;

/** A program or initiative of a network; every case belongs to one. Its code prefixes its cases' codes. */
@Entity
@Table(name = "project")
public class Project {

	@Id
	@TableGenerator(name = "project_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "project", allocationSize = 10)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "project_ids")
	private long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "network_id")
	private Network network;

	@Column(nullable = false, length = 20, unique = true)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	protected Project() {
		// for JPA
	}

	public Project(Network network, String code, String name) {
		this.network = network;
		this.code = code;
		this.name = name;
	}

	public long getId() {
		return id;
	}

	public Network getNetwork() {
		return network;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public ProjectRef toRef() {
		return new ProjectRef(id, network.getId(), code, name);
	}
}
