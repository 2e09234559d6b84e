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

import org.carebench.core.UserRef;

/** A member of an organization's staff who signs in to Carebench. */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@TableGenerator(name = "user_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "app_user", allocationSize = 10)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "user_ids")
	private long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Column(nullable = false, length = 100, unique = true)
	private String login;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(nullable = false)
	private boolean active = true;

	/** A slow salted hash (see PasswordHashing), or {@code null}: the user cannot sign in yet. */
	@Column(name = "password_hash", length = 300)
	private String passwordHash;

	protected UserAccount() {
		// for JPA
	}

	public UserAccount(Organization organization, String login, String displayName) {
		this.organization = organization;
		this.login = login;
		this.displayName = displayName;
	}

	public long getId() {
		return id;
	}

	public Organization getOrganization() {
		return organization;
	}

	public String getDisplayName() {
		return displayName;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public UserRef toRef() {
		return new UserRef(id, login, displayName, organization.getId());
	}
}
