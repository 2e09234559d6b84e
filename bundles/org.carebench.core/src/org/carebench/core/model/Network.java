package org.carebench.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import org.carebench.core.NetworkRef;

/** A network of organizations that share projects and client profiles. */
@Entity
@Table(name = "network")
public class Network {

	@Id
	@TableGenerator(name = "network_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "network", allocationSize = 10)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "network_ids")
	private long id;

	@Column(nullable = false, length = 200)
	private String name;

	protected Network() {
		// for JPA
	}

	public Network(String name) {
		this.name = name;
	}

	public long getId() {
		return id;
	}

	public NetworkRef toRef() {
		return new NetworkRef(id, name);
	}
}
