package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.carebench.cases.CaseSettings;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.FlagType;
import org.carebench.core.AdministrationEntry;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.CarebenchException;
import org.carebench.core.ChainReport;
import org.carebench.core.ForbiddenException;
import org.carebench.core.NetworkRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.Permission;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.carebench.core.internal.AuthenticationServiceImpl;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.Casework;
import org.carebench.testing.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The administration log: every administrative change recorded with who made it, in the unit of work that makes
 * it; nothing recorded for a refused one; read by system administrators only; written once (its guard refuses
 * changes); and its chain verified, with the activity log's, against the last checkpoint.
 */
class AdministrationLogTest {

	/** Passwords of this run: none is written in the source. */
	private final String password = new String(DatabaseSecrets.randomSecret());
	private final String wrongPassword = new String(DatabaseSecrets.randomSecret());
	private final String firstPassword = new String(DatabaseSecrets.randomSecret());

	private static final String SEALED = "actor_id, actor_label, action, subject_kind, subject_id, before_value,"
			+ " after_value";

	private final Casework fixture = new Casework();
	private final Directory directory = fixture.directory;
	private final AdministrationLog log = fixture.context.administrationLog();
	private final AuthenticationServiceImpl authentication = new AuthenticationServiceImpl(fixture.context);
	private final LogTampering tampering = new LogTampering(fixture.database);
	private final UserRef chief = fixture.asSystem(() -> directory.member(directory.agency(), directory.housing(),
			"dolores", "Dolores Vidal", RoleRef.SYSTEM_ADMIN));

	@AfterEach
	void close() {
		fixture.close();
	}

	private <T> T asChief(Supplier<T> work) {
		return fixture.as(chief, work);
	}

	private List<AdministrationEntry> byChief() {
		return asChief(() -> log.latest(1000)).reversed().stream()
				.filter(entry -> entry.actor().user() != null && entry.actor().user().id() == chief.id()).toList();
	}

	private ChainReport verify() {
		return fixture.asSystem(fixture.log::verify);
	}

	@Test
	void everyAdministrativeChangeIsRecordedWithWhoMadeItAndWhatChanged() {
		UserRef lucia = asChief(() -> {
			NetworkRef network = directory.service().createNetwork("Red Norte");
			ProjectRef project = directory.service().createProject(network.id(), "NOR", "Norte");
			OrganizationRef centre = directory.service().createOrganization(network.id(), "Centro Norte",
					List.of(project.id()));
			UserRef created = directory.service().createUser(centre.id(), "lucia", "Lucía Ortega");
			directory.memberships().addMember(created.id(), project.id(), RoleRef.CASEWORKER);
			directory.memberships().addMember(created.id(), project.id(), RoleRef.SUPERVISOR);
			directory.memberships().removeMember(created.id(), project.id());
			directory.memberships().createRole("intake", "Intake", Set.of(Permission.CASE_VIEW));
			directory.memberships().updateRole("intake", Set.of(Permission.CASE_VIEW, Permission.CASE_CREATE));
			TeamRef team = directory.teams().createTeam(centre.id(), "Acogida");
			directory.teams().addTeamMember(team.id(), created.id());
			directory.teams().removeTeamMember(team.id(), created.id());
			ProjectRef second = directory.service().createProject(network.id(), "NOR2", "Norte 2");
			directory.service().addOrganizationToProject(centre.id(), second.id());
			authentication.setPassword(created.id(), password.toCharArray());
			fixture.setup.defineSettings(directory.housing().id(), new CaseSettings(false));
			fixture.setup.defineFlagTypes(directory.housing().id(), List.of(new FlagType("URGENT", "Urgente")));
			return created;
		});

		assertEquals(List.of(AdministrationLog.NETWORK_CREATED, AdministrationLog.PROJECT_CREATED,
				AdministrationLog.ORGANIZATION_CREATED, AdministrationLog.USER_CREATED, AdministrationLog.MEMBER_ADDED,
				AdministrationLog.MEMBER_ADDED, AdministrationLog.MEMBER_REMOVED, AdministrationLog.ROLE_CREATED,
				AdministrationLog.ROLE_CHANGED, AdministrationLog.TEAM_CREATED, AdministrationLog.TEAM_MEMBER_ADDED,
				AdministrationLog.TEAM_MEMBER_REMOVED, AdministrationLog.PROJECT_CREATED,
				AdministrationLog.ORGANIZATION_JOINED, AdministrationLog.PASSWORD_SET, CaseSetupService.SETTINGS_DEFINED,
				CaseSetupService.FLAG_TYPES_DEFINED), byChief().stream().map(AdministrationEntry::action).toList());

		List<AdministrationEntry> aboutLucia = asChief(() -> log.about(Subject.of(AdministrationLog.USER, lucia.id())));
		assertEquals("lucia (Lucía Ortega, Centro Norte)", aboutLucia.get(0).after());
		AdministrationEntry roleChanged = aboutLucia.get(2);
		assertEquals("NOR: caseworker", roleChanged.before());
		assertEquals("NOR: supervisor", roleChanged.after());
		assertEquals("NOR: supervisor", aboutLucia.get(3).before(), "the removal says what was removed");
		assertNull(aboutLucia.get(3).after());
		assertTrue(aboutLucia.stream().noneMatch(entry -> String.valueOf(entry.after()).contains(password)),
				"no password goes into the log");
		AdministrationEntry settings = byChief().get(15);
		assertEquals(new CaseSettings(true).toString(), settings.before());
		assertEquals(new CaseSettings(false).toString(), settings.after());

		ChainReport report = verify();
		assertTrue(report.intact(), report.breaks().toString());
		assertEquals(asChief(() -> log.latest(1000)).size(), report.administrationEntries());
	}

	@Test
	void aRefusedChangeIsNotRecorded() {
		int before = asChief(() -> log.latest(1000)).size();
		UserRef ana = directory.ana();
		assertThrows(ForbiddenException.class, () -> fixture.as(ana,
				() -> directory.service().createUser(directory.agency().id(), "intruso", "Intruso")));
		assertThrows(ForbiddenException.class, () -> fixture.as(ana,
				() -> directory.memberships().addMember(ana.id(), directory.housing().id(), RoleRef.SYSTEM_ADMIN)));
		assertThrows(ForbiddenException.class,
				() -> fixture.as(ana, () -> fixture.setup.defineSettings(directory.housing().id(), CaseSettings.DEFAULT)));
		assertThrows(ForbiddenException.class, () -> fixture.as(directory.marco(), () -> {
			authentication.setPassword(ana.id(), wrongPassword.toCharArray());
			return null;
		}));
		assertEquals(before, asChief(() -> log.latest(1000)).size());
	}

	@Test
	void onlySystemAdministratorsReadIt() {
		assertThrows(ForbiddenException.class, () -> fixture.as(directory.ana(), () -> log.latest(10)));
		assertThrows(ForbiddenException.class, () -> fixture.as(directory.marco(),
				() -> log.about(Subject.of(AdministrationLog.USER, directory.ana().id()))));
	}

	@Test
	void aPasswordChangedByItsOwnerAndALockAfterGuessesAreRecorded() {
		asChief(() -> {
			authentication.setPassword(directory.ana().id(), firstPassword.toCharArray());
			return null;
		});
		fixture.as(directory.ana(), () -> {
			authentication.changePassword(firstPassword.toCharArray(), password.toCharArray());
			return null;
		});
		fixture.session.signOut();
		for (int guess = 0; guess < 5; guess++) {
			assertThrows(CarebenchException.class, () -> authentication.signIn("ana", wrongPassword.toCharArray()));
		}
		List<AdministrationEntry> aboutAna = asChief(
				() -> log.about(Subject.of(AdministrationLog.USER, directory.ana().id())));
		AdministrationEntry changed = aboutAna.get(aboutAna.size() - 2);
		assertEquals(AdministrationLog.PASSWORD_CHANGED, changed.action());
		assertEquals(directory.ana().id(), changed.actor().userId());
		AdministrationEntry locked = aboutAna.get(aboutAna.size() - 1);
		assertEquals(AdministrationLog.SIGN_IN_LOCKED, locked.action());
		assertNull(locked.actor().user(), "nobody was signed in");
		assertTrue(locked.after().startsWith("5 wrong passwords"), locked.after());
	}

	@Test
	void theLogRefusesUpdatesAndDeletes() {
		long entry = asChief(() -> log.latest(1)).get(0).id();
		for (String change : List.of("UPDATE admin_log SET after_value = 'admin' WHERE id = ?",
				"DELETE FROM admin_log WHERE id = ?")) {
			String causes = LogTampering.messages(assertThrows(RuntimeException.class, () -> tampering.sql(change, entry)));
			assertTrue(causes.contains("ADMIN_LOG_ENTRIES_ARE_NEVER_CHANGED"), change + ": " + causes);
		}
		assertTrue(verify().intact());
	}

	@Test
	void aChangedEntryAndARemovedOneAreFound() {
		List<AdministrationEntry> entries = asChief(() -> log.latest(1000)).reversed();
		tampering.tamper("admin_log", "UPDATE admin_log SET after_value = 'ana (system_admin)' WHERE id = ?",
				entries.get(2).id());
		tampering.tamper("admin_log", "DELETE FROM admin_log WHERE id = ?", entries.get(5).id());
		List<ChainReport.Break> breaks = verify().breaks();
		assertEquals(List.of(entries.get(2).id(), entries.get(6).id()),
				breaks.stream().map(ChainReport.Break::entryId).toList(), breaks.toString());
		assertTrue(breaks.stream().allMatch(broken -> ChainReport.ADMINISTRATION.equals(broken.log())));
	}

	@Test
	void aRemovedSealIsFound() {
		long last = asChief(() -> log.latest(1)).get(0).id();
		tampering.tamper("admin_log", "ALTER TABLE admin_log ALTER COLUMN entry_hash NULL");
		tampering.sql("UPDATE admin_log SET entry_hash = NULL WHERE id = ?", last);
		ChainReport report = verify();
		assertEquals(List.of(last), report.breaks().stream().map(ChainReport.Break::entryId).toList());
	}

	@Test
	void entriesCutFromTheEndAndARecomputedChainAreFoundAgainstTheLastCheckpoint() {
		ChainReport first = verify();
		assertTrue(first.intact());
		List<AdministrationEntry> entries = asChief(() -> log.latest(1000));
		// Ana made herself an administrator and removed the record of it
		tampering.tamper("admin_log", "DELETE FROM admin_log WHERE id = ?", entries.get(0).id());
		assertTrue(verify().intact(), "the chain alone cannot see a cut end");
		ChainReport cut = fixture.asSystem(() -> fixture.log.verify(first.checkpoint()));
		assertEquals(1, cut.breaks().size(), cut.breaks().toString());
		assertEquals(ChainReport.ADMINISTRATION, cut.breaks().get(0).log());

		ChainReport afterTheCut = verify();
		tampering.sql("UPDATE admin_log SET after_value = 'HOU: system_admin' WHERE id = ?", entries.get(1).id());
		tampering.reseal("admin_log", SEALED, "1 = 1", 0);
		assertTrue(verify().intact(), "the recomputed chain holds by itself");
		ChainReport recomputed = fixture.asSystem(() -> fixture.log.verify(afterTheCut.checkpoint()));
		assertEquals(1, recomputed.breaks().size(), recomputed.breaks().toString());
		assertEquals(ChainReport.ADMINISTRATION, recomputed.breaks().get(0).log());
	}
}
