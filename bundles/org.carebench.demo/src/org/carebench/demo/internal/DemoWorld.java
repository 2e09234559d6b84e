package org.carebench.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.NetworkRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.UserRef;
import org.carebench.demo.DemoData;

/**
 * The demo network: four projects, three organizations (Spanish, Italian and English speaking) working in some of
 * them, and four caseworkers each. Created once; found again by name on later loads.
 */
record DemoWorld(NetworkRef network, List<ProjectRef> projects, List<Agency> agencies) {

	/** The password of every demo user: demo databases are for trying Carebench, never for real clients. */
	static final String PASSWORD = DemoData.PASSWORD;
	/** The demo's system administrator, a member of every project. */
	static final String ADMIN = "admin"; //$NON-NLS-1$

	static final String NETWORK_NAME = "Red Solidaria"; //$NON-NLS-1$

	/** An organization, the projects it works in and its caseworkers. */
	record Agency(OrganizationRef organization, List<ProjectRef> projects, List<UserRef> staff) {
	}

	private static final String[][] PROJECTS = { { "HOU", "Housing support" }, { "HLT", "Health navigation" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "EMP", "Employment and training" }, { "FOO", "Food assistance" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Organization name, project codes, then login/name pairs of its staff. */
	private static final String[][] AGENCIES = {
			{ "Casa Abierta", "HOU FOO", "ana", "Ana García", "lucia", "Lucía Núñez", "javier", "Javier Ortega", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					"carmen", "Carmen Ibáñez" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "Fondazione Aiuto", "HLT EMP HOU", "marco", "Marco Rossi", "giulia", "Giulia Conti", "niccolo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					"Niccolò Ferri", "chiara", "Chiara Greco" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "Community Help Center", "FOO EMP", "mary", "Mary Johnson", "david", "David Clark", "grace", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					"Grace Walker", "tom", "Thomas Hall" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * The demo world of the database, created if it is not there yet: the first caseworker of each agency is a
	 * supervisor, the others caseworkers, in every project of their agency; "admin" administers the system.
	 */
	static DemoWorld ensure(DemoServices services) {
		DirectoryService directory = services.directory();
		MembershipService memberships = services.memberships();
		AuthenticationService authentication = services.authentication();
		Optional<NetworkRef> existing = directory.networks().stream()
				.filter(n -> n.name().equals(NETWORK_NAME)).findFirst();
		NetworkRef network = existing.orElseGet(() -> directory.createNetwork(NETWORK_NAME));
		Map<String, ProjectRef> projects = new LinkedHashMap<>();
		directory.projects().forEach(p -> projects.put(p.code(), p));
		for (String[] project : PROJECTS) {
			projects.computeIfAbsent(project[0], code -> directory.createProject(network.id(), code, project[1]));
		}
		List<Agency> agencies = new ArrayList<>();
		for (String[] agency : AGENCIES) {
			List<ProjectRef> worksIn = new ArrayList<>();
			for (String code : agency[1].split(" ")) { //$NON-NLS-1$
				worksIn.add(projects.get(code));
			}
			OrganizationRef organization = directory.organizations().stream()
					.filter(o -> o.name().equals(agency[0])).findFirst()
					.orElseGet(() -> directory.createOrganization(network.id(), agency[0],
							worksIn.stream().map(ProjectRef::id).toList()));
			List<UserRef> staff = new ArrayList<>();
			for (int i = 2; i < agency.length; i += 2) {
				UserRef user = user(directory, authentication, organization, agency[i], agency[i + 1]);
				String role = i == 2 ? RoleRef.SUPERVISOR : RoleRef.CASEWORKER;
				worksIn.forEach(project -> memberships.addMember(user.id(), project.id(), role));
				staff.add(user);
			}
			agencies.add(new Agency(organization, worksIn, staff));
		}
		UserRef admin = user(directory, authentication, agencies.get(0).organization(), ADMIN,
				"Administrador del sistema"); //$NON-NLS-1$
		projects.values().forEach(project -> memberships.addMember(admin.id(), project.id(), RoleRef.SYSTEM_ADMIN));
		return new DemoWorld(network, List.copyOf(projects.values()), agencies);
	}

	private static UserRef user(DirectoryService directory, AuthenticationService authentication,
			OrganizationRef organization, String login, String name) {
		return directory.findUser(login).orElseGet(() -> {
			UserRef created = directory.createUser(organization.id(), login, name);
			authentication.setPassword(created.id(), PASSWORD.toCharArray());
			return created;
		});
	}

	/** The caseworker the workbench signs in as on a demo database. */
	static final String FIRST_USER = "ana"; //$NON-NLS-1$
}
