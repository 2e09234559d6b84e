package org.carebench.core;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The append-only record of every administrative change: users, passwords, roles, memberships, projects, teams,
 * workflows and the other settings of a project, backups and restores. One hash chain over all entries, verified
 * with the activity log ({@link ActivityLog#verify}) and kept in the same checkpoints. A service writes its entry
 * with the entity manager of the transaction that makes the change, so the change and its record commit together.
 */
public interface AdministrationLog {

	/** Standard actions; bundles may add their own, prefixed by their area. */
	String NETWORK_CREATED = "network.created"; //$NON-NLS-1$
	String PROJECT_CREATED = "project.created"; //$NON-NLS-1$
	String ORGANIZATION_CREATED = "organization.created"; //$NON-NLS-1$
	String ORGANIZATION_JOINED = "organization.joined"; //$NON-NLS-1$
	String USER_CREATED = "user.created"; //$NON-NLS-1$
	String USER_DEACTIVATED = "user.deactivated"; //$NON-NLS-1$
	String USER_REACTIVATED = "user.reactivated"; //$NON-NLS-1$
	String USER_UNLOCKED = "user.unlocked"; //$NON-NLS-1$
	String FIRST_ADMINISTRATOR = "user.first-administrator"; //$NON-NLS-1$
	String PASSWORD_SET = "user.password.set"; //$NON-NLS-1$
	String PASSWORD_CHANGED = "user.password.changed"; //$NON-NLS-1$
	String SIGN_IN_LOCKED = "user.signin.locked"; //$NON-NLS-1$
	String ROLE_CREATED = "role.created"; //$NON-NLS-1$
	String ROLE_CHANGED = "role.changed"; //$NON-NLS-1$
	String MEMBER_ADDED = "member.added"; //$NON-NLS-1$
	String MEMBER_REMOVED = "member.removed"; //$NON-NLS-1$
	String TEAM_CREATED = "team.created"; //$NON-NLS-1$
	String TEAM_MEMBER_ADDED = "team.member.added"; //$NON-NLS-1$
	String TEAM_MEMBER_REMOVED = "team.member.removed"; //$NON-NLS-1$
	String DATABASE_BACKED_UP = "database.backup"; //$NON-NLS-1$
	String DATABASE_RESTORED = "database.restored"; //$NON-NLS-1$

	/** What kind of thing an entry is about. */
	String USER = "user"; //$NON-NLS-1$
	String ROLE = "role"; //$NON-NLS-1$
	String NETWORK = "network"; //$NON-NLS-1$
	String PROJECT = "project"; //$NON-NLS-1$
	String ORGANIZATION = "organization"; //$NON-NLS-1$
	String TEAM = "team"; //$NON-NLS-1$
	String DATABASE = "database"; //$NON-NLS-1$

	/**
	 * What an entry is about: a kind ({@link #USER}, {@link #PROJECT}, ...) and the id of that thing, if it has one.
	 */
	record Subject(String kind, Long id) {

		public static Subject of(String kind, long id) {
			return new Subject(kind, id);
		}
	}

	/**
	 * Appends an entry by {@code actor}, chained to the log's last one, in the transaction of {@code em}. Entries are
	 * written one at a time: a second writer waits until the first has committed.
	 */
	void record(EntityManager em, Actor actor, String action, Subject subject, String before, String after);

	/** The latest {@code limit} entries, newest first. Needs {@link Permission#SYSTEM_ADMINISTER}. */
	List<AdministrationEntry> latest(int limit);

	/** The entries about {@code subject}, oldest first. Needs {@link Permission#SYSTEM_ADMINISTER}. */
	List<AdministrationEntry> about(Subject subject);
}
