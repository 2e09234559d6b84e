package org.carebench.example.housing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carebench.core.LabeledContribution;
import org.carebench.planning.api.FieldKind;
import org.carebench.planning.api.FieldProblem;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.ItemFacts;
import org.carebench.planning.api.Money;
import org.carebench.planning.api.PlanItemType;
import org.osgi.service.component.annotations.Component;

/**
 * An agency's own plan item: the search for a flat, with where, how big, how much, and how many visits. Copy this
 * bundle to make your own type (see docs/extending.md).
 */
@Component(service = PlanItemType.class)
public class HousingSearchType extends LabeledContribution implements PlanItemType {

	public HousingSearchType() {
		super("org.carebench.example.housingSearch", Messages.label); //$NON-NLS-1$
	}

	@Override
	public List<FieldSpec> fields() {
		return List.of(FieldSpec.of("district", FieldKind.TEXT, Messages.district, true), //$NON-NLS-1$
				FieldSpec.choice("rooms", Messages.rooms, true, "1", "2", "3", "4+"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				FieldSpec.of("maxRent", FieldKind.MONEY, Messages.maxRent, true), //$NON-NLS-1$
				FieldSpec.of("visitsPlanned", FieldKind.NUMBER, Messages.visitsPlanned, true), //$NON-NLS-1$
				FieldSpec.of("visitsDone", FieldKind.NUMBER, Messages.visitsDone, false), //$NON-NLS-1$
				FieldSpec.of("moveInBy", FieldKind.DATE, Messages.moveInBy, false), //$NON-NLS-1$
				FieldSpec.of("pets", FieldKind.BOOLEAN, Messages.pets, false)); //$NON-NLS-1$
	}

	@Override
	public List<FieldProblem> validate(Map<String, Object> values) {
		List<FieldProblem> problems = new ArrayList<>();
		if (values.get("maxRent") instanceof Money rent && rent.amount().signum() <= 0) { //$NON-NLS-1$
			problems.add(new FieldProblem("maxRent", Messages.rentPositive)); //$NON-NLS-1$
		}
		BigDecimal planned = (BigDecimal) values.get("visitsPlanned"); //$NON-NLS-1$
		if (planned.signum() <= 0) {
			problems.add(new FieldProblem("visitsPlanned", Messages.visitsPositive)); //$NON-NLS-1$
		}
		if (values.get("visitsDone") instanceof BigDecimal done && done.signum() < 0) { //$NON-NLS-1$
			problems.add(new FieldProblem("visitsDone", Messages.visitsDoneNegative)); //$NON-NLS-1$
		}
		return problems;
	}

	/** Visits done of those planned, up to 90 %: the search is over only when the item is completed. */
	@Override
	public double progress(ItemFacts item) {
		BigDecimal planned = item.number("visitsPlanned"); //$NON-NLS-1$
		BigDecimal done = item.number("visitsDone"); //$NON-NLS-1$
		if (item.completed()) {
			return 1;
		}
		if (planned == null || done == null || planned.signum() <= 0) {
			return 0;
		}
		return Math.min(0.9, done.divide(planned, MathContext.DECIMAL64).doubleValue());
	}
}
