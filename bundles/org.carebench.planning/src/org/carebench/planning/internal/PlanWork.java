package org.carebench.planning.internal;

import java.sql.Connection;
import java.util.function.ToLongFunction;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.CaseEditing;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.model.Jdbc;

/**
 * How the plan services change a plan: in its case's unit of work ({@link CaseAccess#change}), so that the user must
 * see the case and may edit it, and the change goes to the case's activity log.
 */
record PlanWork(ServiceContext context, CaseAccess cases, PlanItemTypes types) {

	/** A change of a plan's records, given the plan and a reader of plans over the same unit of work. */
	@FunctionalInterface
	interface PlanEdit<T> {
		T apply(CaseEditing edit, Connection connection, long planId, PlanReader reader);
	}

	/** Reads plans with the item types installed now and the agency's today. */
	PlanReader reader(Connection connection) {
		return new PlanReader(connection, types::type, context.today());
	}

	/** Changes what belongs to the plan {@code findPlan} finds (from a plan, sub-goal, item or milestone id). */
	<T> T change(ToLongFunction<Connection> findPlan, PlanEdit<T> change) {
		long[] planId = new long[1];
		return cases.change(em -> {
			planId[0] = findPlan.applyAsLong(Jdbc.of(em));
			return PlanReader.caseOf(Jdbc.of(em), planId[0]);
		}, Permission.CASE_EDIT, Messages.Action_changePlan, edit -> {
			Connection connection = Jdbc.of(edit.em());
			return change.apply(edit, connection, planId[0], reader(connection));
		});
	}
}
