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

	public long getId() {
		return id;
	}

	public Network getNetwork() {
		return network;
	}

	public void setNetwork(Network network) {
		this.network = network;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
