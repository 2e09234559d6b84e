package org.carebench.cases;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.core.Permission;

/**
 * The case's access rules for other areas (plans, referrals, surveys): their records belong to a case and obey
 * what the acting user may see and do with it. Each method works in the transaction of {@code em}, so that the
 * check and the change it guards commit together.
 */
public interface CaseAccess {

	/**
	 * The case, when the acting user sees it; a {@link org.carebench.core.NotFoundException} otherwise (a hidden case
	 * is not revealed).
	 */
	CaseFacts visibleCase(EntityManager em, long caseId);

	/**
	 * As {@link #visibleCase}, and refuses with a {@link org.carebench.core.ForbiddenException} naming
	 * {@code permission} unless the user's role in the case's project grants it.
	 *
	 * @param action what the user tried, for the message ("change the care plan")
	 */
	CaseFacts require(EntityManager em, long caseId, Permission permission, String action);

	/** The people of the case: its primary client first, then the other participants by name. */
	List<CaseParticipant> participants(EntityManager em, long caseId);

	/** Records that the case changed at {@code at}: it moves up in lists ordered by last activity. */
	void touch(EntityManager em, long caseId, Instant at);

	/**
	 * Tells the workbench that the case changed ({@link CaseEvents#CHANGED}), so that its editor and lists reload.
	 * Call it after the change committed, outside the transaction.
	 */
	void changed(long caseId);
}
