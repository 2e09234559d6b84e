package org.carebench.core.model;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import org.carebench.core.Permission;
import org.carebench.core.RoleRef;

/** A role: a named, editable set of permissions. */
@Entity
@Table(name = "app_role")
public class Role {

	@Id
	@TableGenerator(name = "role_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "app_role", allocationSize = 10)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "role_ids")
	private long id;

	@Column(nullable = false, length = 40, unique = true)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "built_in", nullable = false)
	private boolean builtIn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission", length = 40)
	@Enumerated(EnumType.STRING)
	private Set<Permission> permissions = new HashSet<>();

	protected Role() {
		// for JPA
	}

	public Role(String code, String name, Set<Permission> permissions) {
		this.code = code;
		this.name = name;
		this.permissions = new HashSet<>(permissions);
	}

	public Set<Permission> getPermissions() {
		return permissions;
	}

	public void setPermissions(Set<Permission> permissions) {
		this.permissions = new HashSet<>(permissions);
	}

	public RoleRef toRef() {
		return new RoleRef(id, code, name,
				permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions)));
	}
}
