package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseService;
import org.carebench.cases.NewCase;
import org.carebench.cases.NoteService;
import org.carebench.core.ClientRef;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.NetworkRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services as the product wires them: Declarative Services components found in the OSGi registry. */
class ServiceWiringTest {

	/** This run's password: none is written in the source. */
	private final String password = new String(DatabaseSecrets.randomSecret());

	@TempDir
	Path temp;

	@AfterEach
	void closeDatabase() {
		OsgiServices.get(Session.class).signOut();
		OsgiServices.get(Database.class).close();
	}

	@Test
	void theRegisteredServicesWorkTogether() {
		OsgiServices.get(Database.class).open(DatabaseSettings.embedded(temp.resolve("db"), true));
		DirectoryService directory = OsgiServices.get(DirectoryService.class);
		Session session = OsgiServices.get(Session.class);
		record World(ProjectRef project, OrganizationRef agency, UserRef worker, ClientRef client) {
		}
		World world = session.runAsSystem("Set-up", () -> {
			NetworkRef network = directory.createNetwork("Rete Solidale");
			ProjectRef project = directory.createProject(network.id(), "FOO", "Food assistance");
			OrganizationRef agency = directory.createOrganization(network.id(), "Banco Alimentare",
					List.of(project.id()));
			UserRef worker = directory.createUser(agency.id(), "chiara", "Chiara Greco");
			OsgiServices.get(MembershipService.class).addMember(worker.id(), project.id(), RoleRef.CASEWORKER);
			OsgiServices.get(AuthenticationService.class).setPassword(worker.id(), password.toCharArray());
			return new World(project, agency, worker, directory.createClient(network.id(), "Niccolò", "Ferri", null));
		});
		OsgiServices.get(AuthenticationService.class).signIn("chiara", password.toCharArray());
		ProjectRef project = world.project();
		OrganizationRef agency = world.agency();
		UserRef worker = world.worker();
		ClientRef client = world.client();

		CaseService cases = OsgiServices.get(CaseService.class);
		CaseDetails created = cases.createCase(new NewCase(client.id(), project.id(), agency.id(), worker.id()));
		OsgiServices.get(NoteService.class).addNote(created.id(), "Primo colloquio.");

		CaseDetails stored = cases.getCase(created.id()).orElseThrow();
		assertEquals("FOO-" + String.format("%06d", created.id()), stored.code());
		assertEquals("Chiara Greco", stored.assignee().displayName());
		assertEquals(3, cases.activityLog(created.id()).size(), "opened, assigned, note");

		OsgiServices.get(org.carebench.cases.CaseAnnotationService.class).addFlag(created.id(), "URGENT", null);
		assertEquals(List.of(stored.code()), OsgiServices.get(org.carebench.cases.CaseSearchService.class)
				.quickSearch("ferri", 5).stream().map(org.carebench.cases.CaseSummary::code).toList());
		org.carebench.cases.BulkReport refused = OsgiServices.get(org.carebench.cases.BulkCaseService.class)
				.changeStatus(new long[] { created.id() }, "PENDING", null, org.carebench.cases.BulkProgress.NONE);
		assertEquals(1, refused.failures().size(), "a caseworker does not change cases in bulk");
		assertEquals(List.of(), OsgiServices.get(org.carebench.cases.TimelineService.class).activities(created.id()));
		org.junit.jupiter.api.Assertions.assertNotNull(OsgiServices.get(org.carebench.cases.CaseImportService.class));
		assertEquals(1, OsgiServices.all(org.carebench.cases.CloseRule.class).stream()
				.filter(rule -> rule.id().equals(org.carebench.cases.internal.ActivitiesDoneRule.ID)).count());
	}
}
