package org.carebench.planning.internal;

import org.carebench.core.LabeledContribution;
import org.carebench.planning.api.PlanItemType;
import org.osgi.service.component.annotations.Component;

/** A plan item whose name and purpose an administrator defined for the project. */
@Component(service = PlanItemType.class)
public class BasicItemType extends LabeledContribution implements PlanItemType {

	public static final String ID = "carebench.basic"; //$NON-NLS-1$

	public BasicItemType() {
		super(ID, Messages.Type_basic);
	}

	@Override
	public boolean definedNames() {
		return true;
	}
}
