package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.carebench.core.AdministrationEntry;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.CarebenchException;
import org.carebench.core.ForbiddenException;
import org.carebench.core.RoleRef;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.internal.AuthenticationServiceImpl;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.Casework;
import org.carebench.testing.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a system administrator does for users who leave, come back or lock themselves out: allowed to him only,
 * recorded in the administration log with his name, and nothing recorded when refused.
 */
class UserAdministrationTest {

	/** Passwords of this run: none is written in the source. */
	private final String password = new String(DatabaseSecrets.randomSecret());
	private final String wrongPassword = new String(DatabaseSecrets.randomSecret());

	private final Casework fixture = new Casework();
	private final Directory directory = fixture.directory;
	private final AuthenticationServiceImpl authentication = new AuthenticationServiceImpl(fixture.context);
	private final UserRef chief = fixture.asSystem(() -> directory.member(directory.agency(), directory.housing(),
			"dolores", "Dolores Vidal", RoleRef.SYSTEM_ADMIN));
	private final int aboutAnaBefore = asChief(() -> fixture.context.administrationLog()
			.about(Subject.of(AdministrationLog.USER, directory.ana().id()))).size();

	@AfterEach
	void close() {
		fixture.close();
	}

	private <T> T asChief(Supplier<T> work) {
		return fixture.as(chief, work);
	}

	/** What the log says about Ana since the test began (her creation and membership came before). */
	private List<String> aboutAna() {
		List<String> all = asChief(() -> fixture.context.administrationLog()
				.about(Subject.of(AdministrationLog.USER, directory.ana().id()))).stream()
				.map(AdministrationEntry::action).toList();
		return all.subList(aboutAnaBefore, all.size());
	}

	@Test
	void aDeactivatedUserCannotSignInUntilReactivated() {
		UserRef ana = directory.ana();
		asChief(() -> {
			authentication.setPassword(ana.id(), password.toCharArray());
			return directory.service().deactivateUser(ana.id());
		});
		fixture.session.signOut();
		assertThrows(CarebenchException.class, () -> authentication.signIn("ana", password.toCharArray()));
		assertFalse(asChief(directory.service()::users).contains(ana), "no longer offered as a user");
		assertEquals(List.of(ana), asChief(directory.service()::deactivatedUsers), "but offered to reactivate");
		assertThrows(ForbiddenException.class,
				() -> fixture.as(directory.marco(), directory.service()::deactivatedUsers));

		asChief(() -> directory.service().reactivateUser(ana.id()));
		assertEquals("ana", authentication.signIn("ana", password.toCharArray()).login());
		assertEquals(List.of(AdministrationLog.PASSWORD_SET, AdministrationLog.USER_DEACTIVATED,
				AdministrationLog.USER_REACTIVATED), aboutAna());
	}

	@Test
	void onlyAdministratorsDeactivateUsersAndNobodyHimself() {
		assertThrows(ForbiddenException.class,
				() -> fixture.as(directory.marco(), () -> directory.service().deactivateUser(directory.ana().id())));
		ValidationException himself = assertThrows(ValidationException.class,
				() -> asChief(() -> directory.service().deactivateUser(chief.id())));
		assertTrue(himself.getMessage().contains("another system administrator"), himself.getMessage());
		assertEquals(List.of(), aboutAna(), "nothing was done, nothing recorded");
	}

	@Test
	void aLockAndItsLiftingAreRecorded() {
		asChief(() -> {
			authentication.setPassword(directory.ana().id(), password.toCharArray());
			return null;
		});
		fixture.session.signOut();
		for (int guess = 0; guess < 5; guess++) {
			assertThrows(CarebenchException.class, () -> authentication.signIn("ana", wrongPassword.toCharArray()));
		}
		asChief(() -> {
			authentication.unlock(directory.ana().id());
			return null;
		});
		assertEquals("ana", authentication.signIn("ana", password.toCharArray()).login());
		assertEquals(List.of(AdministrationLog.PASSWORD_SET, AdministrationLog.SIGN_IN_LOCKED,
				AdministrationLog.USER_UNLOCKED), aboutAna());
	}
}
