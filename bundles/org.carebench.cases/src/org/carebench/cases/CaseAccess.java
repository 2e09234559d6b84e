package org.carebench.cases;

import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;

import org.carebench.core.Permission;

/**
 * The case's access rules for other areas (plans, referrals, surveys): their records belong to a case and obey
 * what the acting user may see and do with it.
 */
public interface CaseAccess {

	/**
	 * Changes a case's records in one unit of work: refuses (changing nothing) unless the user sees the case and his
	 * role grants {@code permission}, runs {@code change}, and once it committed tells the workbench the case
	 * changed if {@code change} logged anything.
	 *
	 * @param permission what the change needs, or {@code null} when {@code change} checks it itself
	 * @param action     what the user tried, for the refusal ("change the care plan")
	 */
	<T> T change(long caseId, Permission permission, String action, CaseChange<T> change);

	/**
	 * As {@link #change(long, Permission, String, CaseChange)}, for the case that {@code findCase} finds in the unit
	 * of work (the case of a plan, an item, a referral), so that finding and changing it see the same data.
	 */
	<T> T change(ToLongFunction<EntityManager> findCase, Permission permission, String action,
			CaseChange<T> change);

	/**
	 * The case, when the acting user sees it, in the unit of work of {@code em}; a
	 * {@link org.carebench.core.NotFoundException} otherwise (a hidden case is not revealed).
	 */
	CaseFacts visibleCase(EntityManager em, long caseId);

	/**
	 * As {@link #visibleCase}, and refuses with a {@link org.carebench.core.ForbiddenException} naming
	 * {@code permission} unless the user's role in the case's project grants it.
	 */
	CaseFacts require(EntityManager em, long caseId, Permission permission, String action);

	/** The people of the case: its primary client first, then the other participants by name. */
	List<CaseParticipant> participants(EntityManager em, long caseId);
}
