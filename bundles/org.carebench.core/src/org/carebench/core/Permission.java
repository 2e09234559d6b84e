package org.carebench.core;

/**
 * What a role may do. A role is a set of permissions, held by a user in a project; administrators edit the sets.
 * Every service checks the permission its operation needs, so that no screen, bundle or report can go past it.
 */
public enum Permission {
	/** See the cases of one's organization in the project (and those shared or collaborated on). */
	CASE_VIEW,
	/** Open new cases (and create their clients). */
	CASE_CREATE,
	/** Change a case's status (other than closing and reopening), its attributes and activities. */
	CASE_EDIT,
	/** Assign a case to oneself ("Assign to me"). */
	CASE_ASSIGN_SELF,
	/** Assign a case to anyone, or unassign it. */
	CASE_ASSIGN,
	/** Close a case (with a closing reason). */
	CASE_CLOSE,
	/** Reopen a closed case. */
	CASE_REOPEN,
	/** Share a case across the network, or stop sharing it. */
	CASE_SHARE,
	/** Add and remove collaborators, fill case roles. */
	COLLABORATOR_MANAGE,
	/** Add notes. */
	NOTE_ADD,
	/** Edit and delete other people's notes (everyone may edit and delete his own). */
	NOTE_EDIT_ANY,
	/** Add and resolve flags. */
	FLAG_MANAGE,
	/** Link related cases. */
	CASE_LINK,
	/** Change many cases at once from the list. */
	BULK_EDIT,
	/** Import cases from files. */
	CASE_IMPORT,
	/** Define the project's workflow, closing reasons, flags, attributes and case types; manage its members. */
	PROJECT_ADMINISTER,
	/** Manage networks, projects, organizations, users and roles; verify the activity log. */
	SYSTEM_ADMINISTER
}
