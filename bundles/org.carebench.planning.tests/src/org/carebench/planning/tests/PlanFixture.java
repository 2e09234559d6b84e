package org.carebench.planning.tests;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.NewCase;
import org.carebench.core.ClientRef;
import org.carebench.planning.internal.BasicItemType;
import org.carebench.planning.internal.CustomBasicItemType;
import org.carebench.planning.internal.PlanItemTypes;
import org.carebench.planning.internal.PlanServiceImpl;
import org.carebench.planning.internal.PlanSetupServiceImpl;
import org.carebench.planning.internal.ServiceUnitItemType;
import org.carebench.testing.Casework;

/**
 * The plan services over the case services of {@link Casework}, with the three built-in item types and Ana
 * (caseworker of Casa Abierta) signed in.
 */
final class PlanFixture extends Casework {

	final PlanItemTypes types = new PlanItemTypes();
	final PlanServiceImpl plans = new PlanServiceImpl(context, caseAccess, types);
	final PlanSetupServiceImpl planSetup = new PlanSetupServiceImpl(context, types);

	PlanFixture() {
		types.addType(new BasicItemType());
		types.addType(new CustomBasicItemType());
		types.addType(new ServiceUnitItemType());
	}

	/** Opens a case of Casa Abierta in the housing project for {@code client}, assigned to Ana. */
	CaseDetails open(ClientRef client) {
		return cases.createCase(new NewCase(client.id(), directory.housing().id(), directory.agency().id(),
				directory.ana().id()));
	}
}
