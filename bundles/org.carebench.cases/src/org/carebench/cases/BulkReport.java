package org.carebench.cases;

import java.util.List;

import org.carebench.core.Permission;

/**
 * What a bulk operation did, case by case: how many it changed, how many needed no change, and each case it could
 * not change with the reason.
 *
 * @param requested how many cases were selected
 * @param canceled  whether the user stopped it; the cases after the last batch were not handled
 */
public record BulkReport(int requested, int changed, int unchanged, List<Failure> failures, boolean canceled) {

	/**
	 * A case the operation could not change. {@code caseCode} is {@code null} when the case is not visible;
	 * {@code missing} names the permission the user lacks, when that is why (else {@code null}).
	 */
	public record Failure(long caseId, String caseCode, String reason, Permission missing) {
	}

	/** Cases not handled because the operation was canceled. */
	public int notHandled() {
		return requested - changed - unchanged - failures.size();
	}
}
