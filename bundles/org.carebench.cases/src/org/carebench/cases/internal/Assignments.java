package org.carebench.cases.internal;

import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Permission;
import org.carebench.core.UserAccess;
import org.carebench.core.ValidationException;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;

/** Who may assign a case to whom: one rule for the editor, the opening of a case and bulk assignments. */
final class Assignments {

	private Assignments() {
	}

	/**
	 * Whether {@code user} may make the change from {@code current} to {@code next} with
	 * {@link Permission#CASE_ASSIGN_SELF} alone: taking the case himself, or giving his own case back.
	 */
	static boolean selfService(UserAccess user, Long current, Long next) {
		if (user.system()) {
			return false;
		}
		long self = user.user().id();
		return next != null && next == self || next == null && current != null && current == self;
	}

	/** The permission the change needs. */
	static Permission needed(UserAccess user, long projectId, Long current, Long next) {
		return selfService(user, current, next) && user.allows(projectId, Permission.CASE_ASSIGN_SELF)
				? Permission.CASE_ASSIGN_SELF
				: Permission.CASE_ASSIGN;
	}

	/**
	 * Assigns the case being edited to {@code userId} (or nobody): checks the permission, that the new assignee is
	 * active and would see the case, and logs the change.
	 */
	static void assign(CaseEdit edit, AccessPolicy access, Long userId) {
		CaseEntity entity = edit.entity();
		edit.require(needed(edit.user(), entity.getProjectId(), entity.getAssigneeId(), userId),
				Messages.Action_assignCase);
		var em = edit.em();
		UserAccount previous = entity.getAssigneeId() == null ? null
				: em.find(UserAccount.class, entity.getAssigneeId());
		UserAccount next = null;
		if (userId != null) {
			next = em.find(UserAccount.class, userId);
			if (next == null || !next.isActive() || !CaseAccessRules.visible(access.of(next.toRef()), entity,
					CaseAccessRules.collaboratorIds(em, entity.getId()))) {
				throw new ValidationException("assignee", NLS.bind(Messages.Case_assigneeCannotSee, //$NON-NLS-1$
						next == null ? String.valueOf(userId) : next.getDisplayName()));
			}
		}
		entity.setAssigneeId(userId);
		edit.log(ActivityLog.ASSIGNED, previous == null ? null : previous.getDisplayName(),
				next == null ? null : next.getDisplayName(), null);
	}
}
