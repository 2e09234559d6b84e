package org.carebench.testing;

import java.time.LocalDate;
import java.util.List;

import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.NetworkRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.internal.DirectoryServiceImpl;

/**
 * A small agency for tests: one network with a housing project, an organization working in it, two caseworkers
 * and a few clients (one anonymous).
 */
public record Directory(DirectoryService service, NetworkRef network, ProjectRef housing, OrganizationRef agency,
		UserRef ana, UserRef marco, List<ClientRef> clients, ClientRef anonymous) {

	public static Directory create(Transactions transactions) {
		DirectoryService service = new DirectoryServiceImpl(transactions);
		NetworkRef network = service.createNetwork("Red Solidaria"); //$NON-NLS-1$
		ProjectRef housing = service.createProject(network.id(), "HOU", "Housing support"); //$NON-NLS-1$ //$NON-NLS-2$
		OrganizationRef agency = service.createOrganization(network.id(), "Casa Abierta", List.of(housing.id())); //$NON-NLS-1$
		UserRef ana = service.createUser(agency.id(), "ana", "Ana García"); //$NON-NLS-1$ //$NON-NLS-2$
		UserRef marco = service.createUser(agency.id(), "marco", "Marco Rossi"); //$NON-NLS-1$ //$NON-NLS-2$
		List<ClientRef> clients = List.of(
				service.createClient(network.id(), "José", "Núñez", LocalDate.of(1980, 3, 14)), //$NON-NLS-1$ //$NON-NLS-2$
				service.createClient(network.id(), "Giulia", "Bianchi", null), //$NON-NLS-1$ //$NON-NLS-2$
				service.createClient(network.id(), "Mary", "Smith", LocalDate.of(1992, 11, 2))); //$NON-NLS-1$ //$NON-NLS-2$
		ClientRef anonymous = service.createAnonymousClient(network.id());
		return new Directory(service, network, housing, agency, ana, marco, clients, anonymous);
	}
}
