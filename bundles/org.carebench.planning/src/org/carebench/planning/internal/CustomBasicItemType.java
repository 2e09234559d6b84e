package org.carebench.planning.internal;

import org.carebench.core.LabeledContribution;
import org.carebench.planning.api.PlanItemType;
import org.osgi.service.component.annotations.Component;

/** A plan item whose name and purpose the caseworker types when he adds it. */
@Component(service = PlanItemType.class)
public class CustomBasicItemType extends LabeledContribution implements PlanItemType {

	public static final String ID = "carebench.customBasic"; //$NON-NLS-1$

	public CustomBasicItemType() {
		super(ID, Messages.Type_customBasic);
	}
}
