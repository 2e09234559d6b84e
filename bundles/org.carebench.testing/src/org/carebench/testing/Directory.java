package org.carebench.testing;

import java.time.LocalDate;
import java.util.List;

import org.carebench.core.AccessPolicy;
import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.NetworkRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.internal.AccessPolicyImpl;
import org.carebench.core.internal.DirectoryServiceImpl;
import org.carebench.core.internal.SessionImpl;

/**
 * A small agency for tests: one network with a housing project; the agency Casa Abierta with caseworker Ana and
 * supervisor Marco; its partner Fondazione Aiuto (also in the project) with caseworker Giulia; and a few clients
 * (one anonymous). Created as the system; the session is left with nobody signed in.
 */
public record Directory(Session session, AccessPolicy access, DirectoryService service, NetworkRef network,
		ProjectRef housing, OrganizationRef agency, OrganizationRef partner, UserRef ana, UserRef marco,
		UserRef giulia, List<ClientRef> clients, ClientRef anonymous) {

	public static Directory create(Transactions transactions) {
		SessionImpl session = new SessionImpl();
		AccessPolicy access = new AccessPolicyImpl(transactions, session);
		DirectoryService service = new DirectoryServiceImpl(transactions, access);
		return session.runAsSystem("Test set-up", () -> { //$NON-NLS-1$
			NetworkRef network = service.createNetwork("Red Solidaria"); //$NON-NLS-1$
			ProjectRef housing = service.createProject(network.id(), "HOU", "Housing support"); //$NON-NLS-1$ //$NON-NLS-2$
			OrganizationRef agency = service.createOrganization(network.id(), "Casa Abierta", List.of(housing.id())); //$NON-NLS-1$
			OrganizationRef partner = service.createOrganization(network.id(), "Fondazione Aiuto", //$NON-NLS-1$
					List.of(housing.id()));
			UserRef ana = member(service, agency, housing, "ana", "Ana García", RoleRef.CASEWORKER); //$NON-NLS-1$ //$NON-NLS-2$
			UserRef marco = member(service, agency, housing, "marco", "Marco Rossi", RoleRef.SUPERVISOR); //$NON-NLS-1$ //$NON-NLS-2$
			UserRef giulia = member(service, partner, housing, "giulia", "Giulia Conti", RoleRef.CASEWORKER); //$NON-NLS-1$ //$NON-NLS-2$
			List<ClientRef> clients = List.of(
					service.createClient(network.id(), "José", "Núñez", LocalDate.of(1980, 3, 14)), //$NON-NLS-1$ //$NON-NLS-2$
					service.createClient(network.id(), "Giulia", "Bianchi", null), //$NON-NLS-1$ //$NON-NLS-2$
					service.createClient(network.id(), "Mary", "Smith", LocalDate.of(1992, 11, 2))); //$NON-NLS-1$ //$NON-NLS-2$
			ClientRef anonymous = service.createAnonymousClient(network.id());
			return new Directory(session, access, service, network, housing, agency, partner, ana, marco, giulia,
					clients, anonymous);
		});
	}

	/** A user of {@code organization} with {@code role} in {@code project}. */
	public static UserRef member(DirectoryService service, OrganizationRef organization, ProjectRef project,
			String login, String name, String role) {
		UserRef user = service.createUser(organization.id(), login, name);
		service.addMember(user.id(), project.id(), role);
		return user;
	}
}
