package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.NewCase;
import org.carebench.core.ForbiddenException;
import org.carebench.core.NotFoundException;
import org.carebench.core.OrganizationRef;
import org.carebench.core.Permission;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.carebench.core.ActivityLog;
import org.carebench.testing.Casework;
import org.carebench.testing.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Every case operation, by every built-in role, from the case's own organization, from a partner organization
 * collaborating on the case, and from another organization of the project: allowed exactly when the user sees the
 * case and his role grants the operation's permission. A refusal changes nothing and, when the user sees the case,
 * names the missing permission.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PermissionMatrixTest {

	/** The built-in roles as the product promises them (the migration must create exactly these). */
	private static final Map<String, Set<Permission>> ROLES = Map.of(
			RoleRef.CASEWORKER, EnumSet.of(Permission.CASE_VIEW, Permission.CASE_CREATE, Permission.CASE_EDIT,
					Permission.CASE_ASSIGN_SELF, Permission.CASE_CLOSE, Permission.NOTE_ADD, Permission.FLAG_MANAGE,
					Permission.CASE_LINK),
			RoleRef.SUPERVISOR, EnumSet.complementOf(EnumSet.of(Permission.PROJECT_ADMINISTER,
					Permission.SYSTEM_ADMINISTER)),
			RoleRef.PROJECT_ADMIN, EnumSet.complementOf(EnumSet.of(Permission.SYSTEM_ADMINISTER)),
			RoleRef.SYSTEM_ADMIN, EnumSet.allOf(Permission.class));

	private enum Relation {
		/** The user works for the case's organization. */
		OWN,
		/** The user works for a partner organization of the project and collaborates on the case. */
		PARTNER,
		/** The user works for another organization of the project, with nothing to do with the case. */
		OTHER
	}

	/** A case operation: what it needs, how to put a case in the state it starts from, and the call. */
	private record Operation(String name, Permission needs, String startStatus, Consumer<CaseDetails> call) {
	}

	private Casework fixture;
	private OrganizationRef other;
	private UserRef colleague;
	private TeamRef team;
	private CaseDetails relatable;
	private final List<String> failures = new ArrayList<>();

	@BeforeAll
	void createOrganizations() {
		fixture = new Casework();
		ProjectRef housing = fixture.directory.housing();
		fixture.asSystem(() -> {
			other = fixture.directory.service().createOrganization(fixture.directory.network().id(), "Otra Entidad",
					List.of(housing.id()));
			colleague = Directory.member(fixture.directory.service(), fixture.directory.memberships(), fixture.directory.agency(), housing, "colega",
					"Colega de Ana", RoleRef.CASEWORKER);
			team = fixture.directory.teams().createTeam(fixture.directory.agency().id(), "Equipo de noche");
			fixture.setup.defineAttributes(housing.id(), List.of(new AttributeDefinition("SIUSS_ID", "SIUSS id",
					AttributeDefinition.ValueType.TEXT)));
			relatable = fixture.cases.createCase(new NewCase(fixture.directory.clients().get(1).id(), housing.id(),
					fixture.directory.agency().id(), null));
			fixture.cases.share(relatable.id(), true, CaseService.ANY_VERSION);
			return null;
		});
	}

	@AfterAll
	void close() {
		fixture.close();
	}

	@Test
	void theBuiltInRolesAreTheOnesPromised() {
		for (RoleRef role : fixture.directory.memberships().roles()) {
			assertEquals(ROLES.get(role.code()), role.permissions(), role.code());
		}
	}

	@Test
	void everyOperationByEveryRoleFromEveryOrganization() {
		CaseService cases = fixture.cases;
		List<Operation> operations = List.of(
				new Operation("view", Permission.CASE_VIEW, "NEW",
						c -> assertTrue(cases.getCase(c.id()).isPresent(), "visible")),
				new Operation("list", Permission.CASE_VIEW, "NEW", c -> {
					if (!contains(cases.findCaseIds(CaseQuery.ALL), c.id())) {
						throw new NotFoundException("not in the list");
					}
				}),
				new Operation("read the activity log", Permission.CASE_VIEW, "NEW", c -> cases.activityLog(c.id())),
				new Operation("move along the workflow", Permission.CASE_EDIT, "NEW",
						c -> cases.changeStatus(c.id(), "IN_PROGRESS", null, c.version())),
				new Operation("close", Permission.CASE_CLOSE, "IN_PROGRESS",
						c -> cases.changeStatus(c.id(), "CLOSED", "GOALS_MET", c.version())),
				new Operation("reopen", Permission.CASE_REOPEN, "CLOSED",
						c -> cases.changeStatus(c.id(), "IN_PROGRESS", null, c.version())),
				new Operation("assign to oneself", Permission.CASE_ASSIGN_SELF, "NEW",
						c -> cases.assign(c.id(), fixture.session.requireUser().id(), c.version())),
				new Operation("assign to a colleague", Permission.CASE_ASSIGN, "NEW",
						c -> cases.assign(c.id(), colleague.id(), c.version())),
				new Operation("add a note", Permission.NOTE_ADD, "NEW", c -> fixture.notes.addNote(c.id(), "Nota")),
				new Operation("edit someone else's note", Permission.NOTE_EDIT_ANY, "NEW",
						c -> fixture.notes.editNote(c.notes().get(0).id(), "Nota corregida")),
				new Operation("share across the network", Permission.CASE_SHARE, "NEW",
						c -> cases.share(c.id(), true, c.version())),
				new Operation("add a collaborator", Permission.COLLABORATOR_MANAGE, "NEW",
						c -> cases.addCollaborator(c.id(), colleague.id())),
				new Operation("remove a collaborator", Permission.COLLABORATOR_MANAGE, "NEW",
						c -> cases.removeCollaborator(c.id(), colleague.id())),
				new Operation("assign to a team", Permission.CASE_ASSIGN, "NEW",
						c -> cases.assignTeam(c.id(), team.id(), c.version())),
				new Operation("raise a flag", Permission.FLAG_MANAGE, "NEW",
						c -> fixture.annotations.addFlag(c.id(), "URGENT", null)),
				new Operation("resolve a flag", Permission.FLAG_MANAGE, "NEW",
						c -> fixture.annotations.resolveFlag(fixture.annotations.flags(c.id()).get(0).id())),
				new Operation("read flags, attributes and related cases", Permission.CASE_VIEW, "NEW", c -> {
					fixture.annotations.flags(c.id());
					fixture.annotations.attributes(c.id());
					fixture.links.relatedCases(c.id());
				}),
				new Operation("set an attribute", Permission.CASE_EDIT, "NEW",
						c -> fixture.annotations.setAttribute(c.id(), "SIUSS_ID", "S-" + c.id())),
				new Operation("relate a case", Permission.CASE_LINK, "NEW",
						c -> fixture.links.link(c.id(), relatable.id())),
				new Operation("change in bulk", Permission.BULK_EDIT, "NEW", c -> failureToException(
						fixture.bulk.changeStatus(new long[] { c.id() }, "IN_PROGRESS", null, BulkProgress.NONE))),
				new Operation("assign in bulk", Permission.BULK_EDIT, "NEW", c -> failureToException(
						fixture.bulk.assign(new long[] { c.id() }, colleague.id(), BulkProgress.NONE))),
				new Operation("flag in bulk", Permission.BULK_EDIT, "NEW", c -> failureToException(
						fixture.bulk.addFlag(new long[] { c.id() }, "SAFETY", null, BulkProgress.NONE))));
		int checked = 0;
		for (Map.Entry<String, Set<Permission>> role : ROLES.entrySet()) {
			for (Relation relation : Relation.values()) {
				UserRef user = user(role.getKey(), relation);
				for (Operation operation : operations) {
					check(user, role.getKey(), relation, operation);
					checked++;
				}
			}
		}
		assertEquals(ROLES.size() * Relation.values().length * operations.size(), checked);
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}

	private void check(UserRef user, String role, Relation relation, Operation operation) {
		CaseDetails theCase = caseFor(user, relation, operation.startStatus());
		boolean expected = relation != Relation.OTHER && ROLES.get(role).contains(operation.needs());
		String what = role + " of " + relation + " organization: " + operation.name();
		CaseDetails before = fixture.asSystem(() -> fixture.cases.getCase(theCase.id()).orElseThrow());
		int logBefore = fixture.asSystem(() -> fixture.cases.activityLog(theCase.id()).size());
		try {
			fixture.as(user, () -> {
				operation.call().accept(theCase);
				return null;
			});
			if (!expected) {
				failures.add(what + ": allowed, should be refused");
			}
		} catch (ForbiddenException refused) {
			if (expected) {
				failures.add(what + ": refused (" + refused.getMessage() + "), should be allowed");
			} else if (relation != Relation.OTHER && refused.missing() != operation.needs()) {
				failures.add(what + ": refused for " + refused.missing() + " instead of " + operation.needs());
			} else if (!refused.getMessage().contains(fixture.directory.access().describe(operation.needs()))) {
				failures.add(what + ": the message does not name the permission: " + refused.getMessage());
			}
			unchanged(what, theCase, before, logBefore);
		} catch (NotFoundException hidden) {
			if (expected || relation != Relation.OTHER) {
				failures.add(what + ": not found, but the user " + (expected ? "may act" : "sees the case"));
			}
			unchanged(what, theCase, before, logBefore);
		} catch (AssertionError notVisible) {
			if (expected) {
				failures.add(what + ": " + notVisible.getMessage());
			}
		}
	}

	private void unchanged(String what, CaseDetails theCase, CaseDetails before, int logBefore) {
		CaseDetails after = fixture.asSystem(() -> fixture.cases.getCase(theCase.id()).orElseThrow());
		if (after.version() != before.version() || after.notes().size() != before.notes().size()
				|| fixture.asSystem(() -> fixture.cases.activityLog(theCase.id()).size()) != logBefore) {
			failures.add(what + ": refused, but the case changed");
		}
	}

	/** A bulk operation reports refusals per case: here they are thrown, as a single operation would. */
	private static void failureToException(BulkReport report) {
		if (report.failures().isEmpty()) {
			return;
		}
		BulkReport.Failure failure = report.failures().get(0);
		if (failure.missing() != null) {
			throw new ForbiddenException(failure.missing(), failure.reason());
		}
		if (failure.caseCode() == null) {
			throw new NotFoundException(failure.reason());
		}
		throw new AssertionError(failure.reason());
	}

	/** A case of Casa Abierta in {@code status}, with a note by someone else, seen by {@code user} as related. */
	private CaseDetails caseFor(UserRef user, Relation relation, String status) {
		return fixture.asSystem(() -> {
			CaseDetails created = fixture.cases.createCase(new NewCase(fixture.directory.clients().get(0).id(),
					fixture.directory.housing().id(), fixture.directory.agency().id(), null));
			fixture.notes.addNote(created.id(), "Nota del sistema");
			fixture.annotations.addFlag(created.id(), "FOLLOW_UP", "del sistema");
			if (relation == Relation.PARTNER) {
				fixture.cases.addCollaborator(created.id(), user.id());
			}
			if (!status.equals("NEW")) {
				fixture.cases.changeStatus(created.id(), "IN_PROGRESS", null, CaseService.ANY_VERSION);
			}
			if (status.equals("CLOSED")) {
				fixture.cases.changeStatus(created.id(), "CLOSED", "GOALS_MET", CaseService.ANY_VERSION);
			}
			return fixture.cases.getCase(created.id()).orElseThrow();
		});
	}

	private UserRef user(String role, Relation relation) {
		OrganizationRef organization = switch (relation) {
			case OWN -> fixture.directory.agency();
			case PARTNER -> fixture.directory.partner();
			case OTHER -> other;
		};
		String login = role + "-" + relation.name().toLowerCase();
		UserRef user = fixture.asSystem(() -> Directory.member(fixture.directory.service(), fixture.directory.memberships(), organization,
				fixture.directory.housing(), login, login, role));
		assertNotNull(user);
		return user;
	}

	private static boolean contains(long[] ids, long id) {
		for (long each : ids) {
			if (each == id) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aRoleEditedByAnAdministratorChangesWhatItsMembersMayDo() {
		UserRef worker = fixture.asSystem(() -> Directory.member(fixture.directory.service(), fixture.directory.memberships(),
				fixture.directory.agency(), fixture.directory.housing(), "role-test", "Role test", RoleRef.CASEWORKER));
		CaseDetails theCase = caseFor(worker, Relation.OWN, "IN_PROGRESS");
		Set<Permission> without = EnumSet.copyOf(ROLES.get(RoleRef.CASEWORKER));
		without.remove(Permission.CASE_CLOSE);
		fixture.asSystem(() -> fixture.directory.memberships().updateRole(RoleRef.CASEWORKER, without));
		try {
			ForbiddenException refused = org.junit.jupiter.api.Assertions.assertThrows(ForbiddenException.class,
					() -> fixture.as(worker,
							() -> fixture.cases.changeStatus(theCase.id(), "CLOSED", "GOALS_MET", theCase.version())));
			assertEquals(Permission.CASE_CLOSE, refused.missing());
		} finally {
			fixture.asSystem(() -> fixture.directory.memberships().updateRole(RoleRef.CASEWORKER, ROLES.get(RoleRef.CASEWORKER)));
		}
		assertEquals("CLOSED", fixture.as(worker,
				() -> fixture.cases.changeStatus(theCase.id(), "CLOSED", "GOALS_MET", theCase.version())).status().code());
	}

	@Test
	void onlyAdministratorsAdministerAndOnlySystemAdministratorsVerifyTheLog() {
		ActivityLog log = fixture.log;
		for (String role : ROLES.keySet()) {
			UserRef user = fixture.asSystem(() -> Directory.member(fixture.directory.service(), fixture.directory.memberships(),
					fixture.directory.agency(), fixture.directory.housing(), "admin-test-" + role, role, role));
			boolean projectAdmin = ROLES.get(role).contains(Permission.PROJECT_ADMINISTER);
			boolean systemAdmin = ROLES.get(role).contains(Permission.SYSTEM_ADMINISTER);
			assertEquals(projectAdmin, allowed(() -> fixture.as(user, () -> fixture.setup
					.defineWorkflow(fixture.directory.housing().id(), fixture.setup.workflow(0)))), role);
			assertEquals(projectAdmin, allowed(() -> fixture.as(user, () -> fixture.directory.memberships()
					.addMember(colleague.id(), fixture.directory.housing().id(), RoleRef.CASEWORKER))), role);
			assertEquals(systemAdmin, allowed(() -> fixture.as(user,
					() -> fixture.directory.service().createNetwork("Red " + role))), role);
			assertEquals(systemAdmin, allowed(() -> fixture.as(user, log::verify)), role);
			long housing = fixture.directory.housing().id();
			assertEquals(projectAdmin, allowed(() -> fixture.as(user, () -> fixture.setup.defineFlagTypes(housing,
					fixture.setup.flagTypes(housing)))), role);
			assertEquals(projectAdmin, allowed(() -> fixture.as(user, () -> fixture.setup.defineAttributes(housing,
					fixture.setup.attributeDefinitions(housing)))), role);
			assertEquals(projectAdmin, allowed(() -> fixture.as(user, () -> fixture.setup.defineCaseType(housing,
					new org.carebench.cases.CaseType(0, housing, "T_" + role.toUpperCase(), "Tipo", List.of(),
							List.of(new org.carebench.cases.CaseType.Activity("VISIT", "Visita", 1, null, null)))))),
					role);
			assertEquals(projectAdmin, allowed(() -> fixture.as(user, () -> fixture.directory.teams()
					.createTeam(fixture.directory.agency().id(), "Equipo " + role))), role);
			assertEquals(ROLES.get(role).contains(Permission.CASE_IMPORT), allowed(() -> fixture.as(user,
					() -> fixture.imports.dryRun(housing, java.nio.file.Path.of("no-such-file.csv")))), role);
			assertFalse(allowed(() -> fixture.as(user, () -> fixture.cases.createCase(new NewCase(
					fixture.directory.clients().get(0).id(), fixture.directory.housing().id(),
					fixture.directory.partner().id(), null)))), role + " cannot open cases for another organization");
		}
	}

	private static boolean allowed(Runnable action) {
		try {
			action.run();
			return true;
		} catch (ForbiddenException | org.carebench.core.ValidationException refused) {
			return false;
		}
	}
}
