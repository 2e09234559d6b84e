package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import org.carebench.core.LabeledContribution;
import org.carebench.planning.api.FieldKind;
import org.carebench.planning.api.FieldProblem;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.ItemFacts;
import org.carebench.planning.api.PlanItemType;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** Units of a service authorized for the client and delivered over time; progress is delivered of authorized. */
@Component(service = PlanItemType.class)
public class ServiceUnitItemType extends LabeledContribution implements PlanItemType {

	public static final String ID = "carebench.serviceUnits"; //$NON-NLS-1$
	public static final String UNIT_TYPE = "unitType"; //$NON-NLS-1$
	public static final String AUTHORIZED = "authorizedUnits"; //$NON-NLS-1$

	public ServiceUnitItemType() {
		super(ID, Messages.Type_serviceUnits);
	}

	@Override
	public List<FieldSpec> fields() {
		return List.of(FieldSpec.of(UNIT_TYPE, FieldKind.TEXT, Messages.Field_unitType, true),
				FieldSpec.of(AUTHORIZED, FieldKind.NUMBER, Messages.Field_authorizedUnits, true));
	}

	@Override
	public List<FieldProblem> validate(Map<String, Object> values) {
		if (values.get(AUTHORIZED) instanceof BigDecimal units && units.signum() <= 0) {
			return List.of(new FieldProblem(AUTHORIZED, NLS.bind(Messages.Field_mustBePositive,
					Messages.Field_authorizedUnits)));
		}
		return List.of();
	}

	@Override
	public BigDecimal authorizedUnits(Map<String, Object> values) {
		return values.get(AUTHORIZED) instanceof BigDecimal units ? units : BigDecimal.ZERO;
	}

	@Override
	public double progress(ItemFacts item) {
		BigDecimal authorized = authorizedUnits(item.values());
		if (authorized.signum() <= 0) {
			return item.completed() ? 1 : 0;
		}
		double share = item.unitsDelivered().divide(authorized, MathContext.DECIMAL64).doubleValue();
		return Math.min(1, share);
	}
}
