package org.carebench.cases.internal;

import java.sql.Connection;
import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseEditing;
import org.carebench.cases.CaseFacts;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.Permission;
import org.carebench.core.UserAccess;
import org.carebench.core.model.Jdbc;

/** One case being changed in its unit of work: the entity, who changes it, and the log it writes to. */
final class CaseEdit implements CaseEditing {

	private final EntityManager em;
	private final CaseEntity entity;
	private final UserAccess user;
	private final Actor actor;
	private final Instant now;
	private final AccessPolicy access;
	private final ActivityLog log;
	private CaseFacts facts;
	private boolean logged;

	CaseEdit(EntityManager em, CaseEntity entity, UserAccess user, Actor actor, Instant now, AccessPolicy access,
			ActivityLog log) {
		this.em = em;
		this.entity = entity;
		this.user = user;
		this.actor = actor;
		this.now = now;
		this.access = access;
		this.log = log;
	}

	@Override
	public EntityManager em() {
		return em;
	}

	CaseEntity entity() {
		return entity;
	}

	UserAccess user() {
		return user;
	}

	Connection connection() {
		return Jdbc.of(em);
	}

	long caseId() {
		return entity.getId();
	}

	@Override
	public CaseFacts facts() {
		if (facts == null) {
			facts = CaseAccessRules.facts(em, entity);
		}
		return facts;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Instant now() {
		return now;
	}

	@Override
	public void require(Permission permission, String action) {
		access.require(entity.getProjectId(), permission, action);
	}

	@Override
	public boolean allows(Permission permission) {
		return user.allows(entity.getProjectId(), permission);
	}

	/** Logs, and moves the case up in lists ordered by last activity. */
	@Override
	public void log(String action, String before, String after, String detail) {
		log.record(em, entity.getId(), actor, action, before, after, detail);
		logged = true;
		if (now.isAfter(entity.getLastActivityAt())) {
			entity.setLastActivityAt(now);
		}
	}

	/** Records that entries were written for this case by other means (batched, as bulk changes write them). */
	void logged() {
		logged = true;
	}

	boolean changed() {
		return logged;
	}
}
