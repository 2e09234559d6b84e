package org.carebench.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import org.carebench.core.ClientRef;

/**
 * A client's profile, identified or anonymous. {@code searchName} and {@code searchFirst} hold the name folded for
 * search (lower case, without accents; "last first" and "first last"), so that "Nuñez" is found as "nunez", by
 * first or by last name.
 */
@Entity
@Table(name = "client_profile")
public class ClientProfile {

	@Id
	@TableGenerator(name = "client_ids", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_value", pkColumnValue = "client_profile", allocationSize = 50)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "client_ids")
	private long id;

	@Column(name = "network_id", nullable = false)
	private long networkId;

	@Column(name = "first_name", length = 100)
	private String firstName;

	@Column(name = "last_name", length = 100)
	private String lastName;

	@Column(nullable = false)
	private boolean anonymous;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(name = "search_name", length = 201)
	private String searchName;

	@Column(name = "search_first", length = 201)
	private String searchFirst;

	protected ClientProfile() {
		// for JPA
	}

	/** A profile of network {@code networkId}; give it a name or make it anonymous before persisting it. */
	public ClientProfile(long networkId) {
		this.networkId = networkId;
	}

	public long getId() {
		return id;
	}

	public long getNetworkId() {
		return networkId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	/** Sets the name and its search form together, so they never disagree. */
	public void setName(String firstName, String lastName) {
		this.firstName = firstName;
		this.lastName = lastName;
		this.anonymous = false;
		this.searchName = SearchText.nameKey(firstName, lastName);
		this.searchFirst = SearchText.firstNameKey(firstName, lastName);
	}

	public void makeAnonymous() {
		this.firstName = null;
		this.lastName = null;
		this.anonymous = true;
		this.searchName = null;
		this.searchFirst = null;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public ClientRef toRef() {
		return new ClientRef(id, firstName, lastName, anonymous);
	}
}
