package org.carebench.cases.internal;

import java.util.Map;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseChange;
import org.carebench.cases.CaseEvents;
import org.carebench.core.Actor;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.eclipse.osgi.util.NLS;

/**
 * How every service changes a case: the user must see it (and, when given, its version must be the one he saw),
 * his role must grant the permission, the change and its log entries commit together, and the screens hear of it
 * after the commit.
 */
final class CaseWork {

	/** No version check: automations and changes that do not edit the case's own row. */
	static final long ANY_VERSION = -1;

	private final ServiceContext context;

	CaseWork(ServiceContext context) {
		this.context = context;
	}

	ServiceContext context() {
		return context;
	}

	/** Changes case {@code caseId}; see {@link #change(ToLongFunction, long, Permission, String, Edit)}. */
	<T> T change(long caseId, long expectedVersion, Permission permission, String action, Edit<T> change) {
		return change(em -> caseId, expectedVersion, permission, action, change);
	}

	/**
	 * Changes the case {@code locate} finds in the unit of work (the case of a note, a flag, a plan item).
	 *
	 * @param permission what the change needs, or {@code null} when {@code change} checks it itself
	 */
	<T> T change(ToLongFunction<EntityManager> locate, long expectedVersion, Permission permission, String action,
			Edit<T> change) {
		Actor actor = context.actor();
		UserAccess user = context.user();
		long[] changedCase = { 0 };
		T result = context.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, locate.applyAsLong(em));
			if (expectedVersion != ANY_VERSION && entity.getVersion() != expectedVersion) {
				throw new ConcurrentChangeException(NLS.bind(Messages.Case_changedMeanwhile, entity.getCode()));
			}
			if (permission != null) {
				context.access().require(entity.getProjectId(), permission, action);
			}
			CaseEdit edit = new CaseEdit(em, entity, user, actor, context.now(), context.access(),
					context.activityLog());
			T value = change.apply(edit);
			if (edit.changed()) {
				em.flush();
				changedCase[0] = entity.getId();
			}
			return value;
		});
		if (changedCase[0] != 0) {
			changed(changedCase[0]);
		}
		return result;
	}

	/** A change of the case being edited (the services' own form of {@link CaseChange}). */
	@FunctionalInterface
	interface Edit<T> {
		T apply(CaseEdit edit);
	}

	/** Reads a case the user sees, in a read-only unit of work. */
	<T> T read(long caseId, CaseRead<T> read) {
		UserAccess user = context.user();
		return context.read(em -> read.apply(em, CaseAccessRules.visibleCase(em, user, caseId), user));
	}

	@FunctionalInterface
	interface CaseRead<T> {
		T apply(EntityManager em, CaseEntity entity, UserAccess user);
	}

	/** Tells the screens that these cases changed. */
	void changed(long... caseIds) {
		for (long caseId : caseIds) {
			context.post(CaseEvents.CHANGED, Map.of(CaseEvents.CASE_ID, caseId));
		}
	}

	/** Tells the screens that many cases changed at once (imports, bulk changes). */
	void manyChanged() {
		context.post(CaseEvents.MANY_CHANGED, Map.of());
	}
}
