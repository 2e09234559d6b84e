package org.carebench.core.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import org.carebench.core.OrganizationRef;

/** An agency of a network, operating in some of the network's projects. */
@Entity
@Table(name = "organization")
public class Organization {

	@Id
	@TableGenerator(name = "organization_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "organization", allocationSize = 10)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "organization_ids")
	private long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "network_id")
	private Network network;

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToMany
	@JoinTable(name = "organization_project", joinColumns = @JoinColumn(name = "organization_id"), inverseJoinColumns = @JoinColumn(name = "project_id"))
	private Set<Project> projects = new HashSet<>();

	protected Organization() {
		// for JPA
	}

	public Organization(Network network, String name) {
		this.network = network;
		this.name = name;
	}

	public long getId() {
		return id;
	}

	public Network getNetwork() {
		return network;
	}

	public String getName() {
		return name;
	}

	/** The projects it operates in; add to it to join one. */
	public Set<Project> getProjects() {
		return projects;
	}

	public OrganizationRef toRef() {
		return new OrganizationRef(id, network.getId(), name);
	}
}
