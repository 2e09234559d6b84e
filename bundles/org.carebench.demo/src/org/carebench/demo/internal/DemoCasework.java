package org.carebench.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeDefinition.ValueType;
import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseType;
import org.carebench.cases.NewCase;
import org.carebench.cases.CaseLinkService;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.NoteService;
import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.Session;
import org.carebench.core.TeamService;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;

/**
 * What makes the demo look worked on, through the services as a caseworker would: teams, the housing project's
 * attributes and its "Housing support" case type, a few cases of that type opened by Ana (so that she has
 * activities due), flags and attributes on some loaded cases, and related cases.
 */
final class DemoCasework {

	static final String HOUSING_SUPPORT = "HOUSING_SUPPORT"; //$NON-NLS-1$

	private final DirectoryService directory;
	private final TeamService teams;
	private final CaseService cases;
	private final NoteService notes;
	private final CaseSetupService setup;
	private final CaseAnnotationService annotations;
	private final CaseLinkService links;
	private final Session session;
	private final Random random;

	DemoCasework(DemoServices services, long seed) {
		this.directory = services.directory();
		this.teams = services.teams();
		this.cases = services.casework().cases();
		this.notes = services.casework().notes();
		this.setup = services.casework().setup();
		this.annotations = services.casework().annotations();
		this.links = services.casework().links();
		this.session = services.context().session();
		this.random = new Random(seed);
	}

	/** Adds it all; returns the cases it opened. */
	List<CaseDetails> add(DemoWorld world, int typedCases) {
		ProjectRef housing = world.projects().stream().filter(p -> p.code().equals("HOU")).findFirst().orElseThrow(); //$NON-NLS-1$
		DemoWorld.Agency casaAbierta = world.agencies().get(0);
		DemoWorld.Agency fondazione = world.agencies().get(1);
		UserRef ana = casaAbierta.staff().get(0);
		UserRef lucia = casaAbierta.staff().get(1);
		UserRef giulia = fondazione.staff().get(1);
		CaseType type = session.runAsSystem(Messages.Demo_actor, () -> {
			TeamRef shelter = teams.createTeam(casaAbierta.organization().id(), "Night shelter"); //$NON-NLS-1$
			teams.addTeamMember(shelter.id(), ana.id());
			teams.addTeamMember(shelter.id(), lucia.id());
			TeamRef outreach = teams.createTeam(fondazione.organization().id(), "Outreach"); //$NON-NLS-1$
			fondazione.staff().forEach(user -> teams.addTeamMember(outreach.id(), user.id()));
			setup.defineAttributes(housing.id(), List.of(
					new AttributeDefinition("SIUSS_ID", "SIUSS id", ValueType.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
					new AttributeDefinition("HOUSEHOLD", "Household size", ValueType.NUMBER), //$NON-NLS-1$ //$NON-NLS-2$
					new AttributeDefinition("EVICTION_DATE", "Eviction date", ValueType.DATE), //$NON-NLS-1$ //$NON-NLS-2$
					new AttributeDefinition("MINORS", "Minors at home", ValueType.YES_NO))); //$NON-NLS-1$ //$NON-NLS-2$
			return setup.defineCaseType(housing.id(), new CaseType(0, housing.id(), HOUSING_SUPPORT, "Housing support", //$NON-NLS-1$
					List.of(new CaseType.Role("HOMELESS_COORDINATOR", "Homeless services coordinator"), //$NON-NLS-1$ //$NON-NLS-2$
							new CaseType.Role("HEALTH_COORDINATOR", "Health services coordinator"), //$NON-NLS-1$ //$NON-NLS-2$
							new CaseType.Role("BENEFITS_SPECIALIST", "Benefits specialist")), //$NON-NLS-1$ //$NON-NLS-2$
					List.of(new CaseType.Activity("ASSESSMENT", "Initial assessment", 1, null, "HOMELESS_COORDINATOR"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							new CaseType.Activity("BENEFITS", "Benefits check", 2, null, "BENEFITS_SPECIALIST"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							new CaseType.Activity("HEALTH", "Health check", 3, null, "HEALTH_COORDINATOR"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							new CaseType.Activity("FOLLOW_UP", "Follow-up visit", 7, "ASSESSMENT", null)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		});
		return session.runAs(ana, () -> {
			List<CaseDetails> opened = new ArrayList<>();
			for (int i = 0; i < typedCases; i++) {
				int language = Names.language(random);
				ClientRef client = directory.createClient(world.network().id(), Names.first(random, language),
						Names.last(random, language), LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12),
								1 + random.nextInt(28)));
				CaseDetails created = cases.createCase(new NewCase(client.id(), housing.id(),
						casaAbierta.organization().id(), ana.id(), type.id(), Map.of("HOMELESS_COORDINATOR", ana.id(), //$NON-NLS-1$
								"BENEFITS_SPECIALIST", lucia.id(), "HEALTH_COORDINATOR", giulia.id()))); //$NON-NLS-1$ //$NON-NLS-2$
				annotations.setAttribute(created.id(), "SIUSS_ID", "SI-" + (40_000 + random.nextInt(60_000))); //$NON-NLS-1$ //$NON-NLS-2$
				annotations.setAttribute(created.id(), "HOUSEHOLD", Integer.toString(1 + random.nextInt(6))); //$NON-NLS-1$
				annotations.setAttribute(created.id(), "MINORS", Boolean.toString(random.nextBoolean())); //$NON-NLS-1$
				notes.addNote(created.id(), Names.note(random, language));
				opened.add(created);
			}
			for (int i = 0; i + 1 < opened.size(); i += 4) {
				links.link(opened.get(i).id(), opened.get(i + 1).id());
			}
			long[] loaded = cases.findCaseIds(CaseQuery.ALL.withProject(housing.id()));
			for (int i = 0; i < loaded.length; i += 53) {
				String flag = switch (random.nextInt(4)) {
					case 0 -> "SAFETY"; //$NON-NLS-1$
					case 1 -> "DOCUMENTS"; //$NON-NLS-1$
					case 2 -> "FOLLOW_UP"; //$NON-NLS-1$
					default -> "URGENT"; //$NON-NLS-1$
				};
				annotations.addFlag(loaded[i], flag, null);
				annotations.setAttribute(loaded[i], "HOUSEHOLD", Integer.toString(1 + random.nextInt(6))); //$NON-NLS-1$
			}
			return opened;
		});
	}
}
