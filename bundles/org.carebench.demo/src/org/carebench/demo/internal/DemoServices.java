package org.carebench.demo.internal;

import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseLinkService;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.NoteService;
import org.carebench.cases.ParticipantService;
import org.carebench.cases.ReportScope;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.ServiceContext;
import org.carebench.core.TeamService;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSetupService;

/**
 * The services the demo loader works through, as a caseworker would.
 *
 * @param casework {@code null} to load cases only, without the casework of a demo to try (a benchmark database)
 */
public record DemoServices(ServiceContext context, DirectoryService directory, MembershipService memberships,
		TeamService teams, AuthenticationService authentication, Casework casework) {

	/** What the demo's casework and care plans are made with. */
	public record Casework(CaseService cases, NoteService notes, CaseAnnotationService annotations,
			CaseLinkService links, ParticipantService participants, CaseSetupService setup, PlanService plans,
			PlanSetupService planSetup, ReportScope reportScope) {
	}
}
