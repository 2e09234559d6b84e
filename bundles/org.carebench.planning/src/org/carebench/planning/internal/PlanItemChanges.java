package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.function.ToLongFunction;

import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.planning.PlanActions;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.api.PlanItemType;
import org.eclipse.osgi.util.NLS;

/** Adding, changing and delivering plan items, each checked whole and logged in the case's activity log. */
final class PlanItemChanges {

	private final PlanWork work;
	private final PlanItemTypes types;

	PlanItemChanges(PlanWork work) {
		this.work = work;
		this.types = work.types();
	}

	/** Changes an item of a plan (the plan found from the item, or for a new one its sub-goal); returns the item. */
	private PlanItem changeItem(ToLongFunction<Connection> findPlan, PlanWork.PlanEdit<Long> change) {
		return work.change(findPlan, (edit, connection, planId, reader) -> reader.item(planId,
				change.apply(edit, connection, planId, reader)));
	}

	PlanItem add(long subGoalId, PlanItemDraft draft) {
		return changeItem(connection -> PlanStore.planOfSubGoal(connection, subGoalId),
				(edit, connection, planId, reader) -> {
					PlanItemType type = types.type(draft.typeId());
					if (type == null) {
						throw new ValidationException("type", NLS.bind(Messages.Type_notInstalled, draft.typeId())); //$NON-NLS-1$
					}
					String[] namePurpose = ItemChecks.check(connection, edit.facts(), planId, type, draft);
					long id = PlanStore.insertItem(connection, planId, subGoalId, type, draft, namePurpose);
					edit.log(PlanActions.ITEM_ADDED, null, namePurpose[0], type.label());
					return id;
				});
	}

	PlanItem update(long itemId, PlanItemDraft draft, long expectedVersion) {
		return changeItem(connection -> PlanStore.planOfItem(connection, itemId),
				(edit, connection, planId, reader) -> {
					PlanItem stored = reader.item(planId, itemId);
					PlanItemType type = types.type(stored.typeId());
					if (type == null) {
						throw new ValidationException("type", NLS.bind(Messages.Type_readOnly, stored.typeLabel())); //$NON-NLS-1$
					}
					if (stored.version() != expectedVersion) {
						throw new ConcurrentChangeException(NLS.bind(Messages.Item_changedMeanwhile, stored.name()));
					}
					String[] namePurpose = ItemChecks.check(connection, edit.facts(), planId, type, draft);
					PlanStore.updateItem(connection, itemId, type, draft, namePurpose);
					edit.log(PlanActions.ITEM_CHANGED, ItemChanges.describe(stored), ItemChanges.describe(draft),
							namePurpose[0]);
					return itemId;
				});
	}

	PlanItem recordDelivery(long itemId, LocalDate deliveredOn, BigDecimal units, Long deliveredById,
			String overReason) {
		if (deliveredOn == null) {
			throw new ValidationException("deliveredOn", NLS.bind(Messages.Field_required, Messages.Field_deliveredOn)); //$NON-NLS-1$
		}
		if (deliveredOn.isAfter(work.context().today())) {
			throw new ValidationException("deliveredOn", Messages.Delivery_inFuture); //$NON-NLS-1$
		}
		if (units == null || units.signum() <= 0) {
			throw new ValidationException("units", Messages.Delivery_unitsPositive); //$NON-NLS-1$
		}
		String reason = ItemChecks.optional("overReason", Messages.Field_overReason, overReason, 500); //$NON-NLS-1$
		return changeItem(connection -> PlanStore.planOfItem(connection, itemId),
				(edit, connection, planId, reader) -> {
					PlanItem stored = reader.item(planId, itemId);
					if (!stored.typeKnown()) {
						throw new ValidationException("type", NLS.bind(Messages.Type_readOnly, stored.typeLabel())); //$NON-NLS-1$
					}
					if (stored.unitsAuthorized() == null) {
						throw new ValidationException("type", NLS.bind(Messages.Delivery_noUnits, stored.typeLabel())); //$NON-NLS-1$
					}
					BigDecimal total = stored.unitsDelivered().add(units);
					boolean over = total.compareTo(stored.unitsAuthorized()) > 0;
					if (over && reason == null) {
						throw new ValidationException("units", NLS.bind(Messages.Delivery_overAuthorized, //$NON-NLS-1$
								plain(total), plain(stored.unitsAuthorized())));
					}
					if (deliveredById != null) {
						ItemChecks.organizationUser(connection, edit.facts(), deliveredById, "deliveredBy"); //$NON-NLS-1$
					}
					long id = PlanStore.reserveIds(connection, 1);
					Jdbc.update(connection, "INSERT INTO plan_unit_delivery (id, item_id, delivered_on, units, delivered_by," //$NON-NLS-1$
							+ " over_reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, itemId, //$NON-NLS-1$
							Date.valueOf(deliveredOn), units, deliveredById, over ? reason : null, edit.actor().userId(),
							Timestamp.from(edit.now()));
					edit.log(PlanActions.UNITS_DELIVERED, plain(stored.unitsDelivered()), plain(total),
							over ? stored.name() + ": " + reason : stored.name()); //$NON-NLS-1$
					return itemId;
				});
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}
}
