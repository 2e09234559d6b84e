package org.carebench.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.carebench.core.AccessPolicy;
import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.NetworkRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.ServiceContext;
import org.carebench.core.Session;
import org.carebench.core.TeamService;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.internal.AccessPolicyImpl;
import org.carebench.core.internal.ActivityLogImpl;
import org.carebench.core.internal.AdministrationLogImpl;
import org.carebench.core.internal.DirectoryServiceImpl;
import org.carebench.core.internal.MembershipServiceImpl;
import org.carebench.core.internal.SessionImpl;
import org.carebench.core.internal.TeamServiceImpl;

/**
 * A small agency for tests: one network with a housing project; the agency Casa Abierta with caseworker Ana and
 * supervisor Marco; its partner Fondazione Aiuto (also in the project) with caseworker Giulia; and a few clients
 * (one anonymous). Created as the system; the session is left with nobody signed in.
 */
public record Directory(Transactions transactions, Session session, AccessPolicy access, DirectoryService service,
		MembershipService memberships, TeamService teams, NetworkRef network, ProjectRef housing,
		OrganizationRef agency, OrganizationRef partner, UserRef ana, UserRef marco, UserRef giulia,
		List<ClientRef> clients, ClientRef anonymous) {

	public static Directory create(Transactions transactions) {
		SessionImpl session = new SessionImpl();
		AccessPolicy access = new AccessPolicyImpl(transactions, session);
		ServiceContext context = context(transactions, session, access, Clock.systemUTC());
		DirectoryService service = new DirectoryServiceImpl(context);
		MembershipService memberships = new MembershipServiceImpl(context);
		TeamService teams = new TeamServiceImpl(context);
		return session.runAsSystem("Test set-up", () -> { //$NON-NLS-1$
			NetworkRef network = service.createNetwork("Red Solidaria"); //$NON-NLS-1$
			ProjectRef housing = service.createProject(network.id(), "HOU", "Housing support"); //$NON-NLS-1$ //$NON-NLS-2$
			OrganizationRef agency = service.createOrganization(network.id(), "Casa Abierta", List.of(housing.id())); //$NON-NLS-1$
			OrganizationRef partner = service.createOrganization(network.id(), "Fondazione Aiuto", //$NON-NLS-1$
					List.of(housing.id()));
			UserRef ana = member(service, memberships, agency, housing, "ana", "Ana García", RoleRef.CASEWORKER); //$NON-NLS-1$ //$NON-NLS-2$
			UserRef marco = member(service, memberships, agency, housing, "marco", "Marco Rossi", //$NON-NLS-1$ //$NON-NLS-2$
					RoleRef.SUPERVISOR);
			UserRef giulia = member(service, memberships, partner, housing, "giulia", "Giulia Conti", //$NON-NLS-1$ //$NON-NLS-2$
					RoleRef.CASEWORKER);
			List<ClientRef> clients = List.of(
					service.createClient(network.id(), "José", "Núñez", LocalDate.of(1980, 3, 14)), //$NON-NLS-1$ //$NON-NLS-2$
					service.createClient(network.id(), "Giulia", "Bianchi", null), //$NON-NLS-1$ //$NON-NLS-2$
					service.createClient(network.id(), "Mary", "Smith", LocalDate.of(1992, 11, 2))); //$NON-NLS-1$ //$NON-NLS-2$
			ClientRef anonymous = service.createAnonymousClient(network.id());
			return new Directory(transactions, session, access, service, memberships, teams, network, housing, agency,
					partner, ana, marco, giulia, clients, anonymous);
		});
	}

	/** A user of {@code organization} with {@code role} in {@code project}. */
	public static UserRef member(DirectoryService service, MembershipService memberships,
			OrganizationRef organization, ProjectRef project, String login, String name, String role) {
		UserRef user = service.createUser(organization.id(), login, name);
		memberships.addMember(user.id(), project.id(), role);
		return user;
	}

	/** A user of {@code organization} with {@code role} in {@code project}. */
	public UserRef member(OrganizationRef organization, ProjectRef project, String login, String name, String role) {
		return member(service, memberships, organization, project, login, name, role);
	}

	/** The service context of this directory's session and access, with its own activity log and clock. */
	public ServiceContext context(Clock clock) {
		return context(transactions, session, access, clock);
	}

	/** A service context over a test database; events go nowhere. */
	public static ServiceContext context(Transactions transactions, Session session, AccessPolicy access,
			Clock clock) {
		return new ServiceContext(transactions, session, access, new ActivityLogImpl(transactions, access, clock),
				new AdministrationLogImpl(transactions, access, clock), clock, ServiceContext.Events.NONE);
	}
}
