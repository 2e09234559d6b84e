package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.carebench.core.CarebenchException;
import org.carebench.core.ForbiddenException;
import org.carebench.core.ValidationException;
import org.carebench.core.internal.AuthenticationServiceImpl;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signing in: passwords kept as slow salted hashes, one message for any wrong credential, a lock after guesses. */
class AuthenticationTest {

	/** Passwords of this run: none is written in the source. */
	private final String password = new String(DatabaseSecrets.randomSecret());
	private final String wrongPassword = new String(DatabaseSecrets.randomSecret());
	private final String otherPassword = new String(DatabaseSecrets.randomSecret());
	private final String newPassword = new String(DatabaseSecrets.randomSecret());

	private final Casework fixture = new Casework();
	private final AuthenticationServiceImpl authentication = new AuthenticationServiceImpl(fixture.context);

	@AfterEach
	void close() {
		fixture.close();
	}

	private void setPasswords() {
		fixture.asSystem(() -> {
			authentication.setPassword(fixture.directory.ana().id(), password.toCharArray());
			authentication.setPassword(fixture.directory.marco().id(), password.toCharArray());
			return null;
		});
	}

	@Test
	void theRightPasswordSignsInAndAWrongOneDoesNotSayWhatWasWrong() {
		setPasswords();
		fixture.session.signOut();
		assertEquals("ana", authentication.signIn("ana", password.toCharArray()).login());
		assertEquals("ana", fixture.session.requireUser().login());
		String wrongOne = assertThrows(CarebenchException.class,
				() -> authentication.signIn("ana", wrongPassword.toCharArray())).getMessage();
		String unknownLogin = assertThrows(CarebenchException.class,
				() -> authentication.signIn("nadie", password.toCharArray())).getMessage();
		assertEquals(wrongOne, unknownLogin);
	}

	@Test
	void passwordsAreStoredAsSaltedSlowHashes() {
		setPasswords();
		String ana = storedHash("ana");
		String marco = storedHash("marco");
		assertTrue(ana.startsWith("pbkdf2-sha512:210000:"), ana);
		assertFalse(ana.contains(password));
		assertNotEquals(ana, marco, "each password has its own salt");
	}

	@Test
	void guessingIsStoppedForAWhile() {
		setPasswords();
		for (int i = 0; i < 5; i++) {
			assertThrows(CarebenchException.class, () -> authentication.signIn("ana", wrongPassword.toCharArray()));
		}
		CarebenchException locked = assertThrows(CarebenchException.class,
				() -> authentication.signIn("ana", password.toCharArray()));
		assertTrue(locked.getMessage().contains("5"), locked.getMessage());
		fixture.clock.advance(Duration.ofMinutes(6));
		assertEquals("ana", authentication.signIn("ana", password.toCharArray()).login());
	}

	@Test
	void guessesCountAcrossRestartsAndWorkstationsAndTheLockHolds() {
		setPasswords();
		for (int i = 0; i < 3; i++) {
			assertThrows(CarebenchException.class, () -> authentication.signIn("ana", wrongPassword.toCharArray()));
		}
		// another process on the same database: a restarted workbench, another workstation, a headless run
		AuthenticationServiceImpl elsewhere = new AuthenticationServiceImpl(fixture.context);
		for (int i = 0; i < 2; i++) {
			assertThrows(CarebenchException.class, () -> elsewhere.signIn("ana", wrongPassword.toCharArray()));
		}
		AuthenticationServiceImpl restarted = new AuthenticationServiceImpl(fixture.context);
		CarebenchException locked = assertThrows(CarebenchException.class,
				() -> restarted.signIn("ana", password.toCharArray()));
		assertTrue(locked.getMessage().contains("5"), "locked, not wrong: " + locked.getMessage());
		assertTrue(fixture.database.transactions().query(connection -> {
			try (var select = connection.prepareStatement("SELECT locked_until FROM app_user WHERE login = 'ana'");
					var row = select.executeQuery()) {
				row.next();
				return row.getTimestamp(1) != null;
			}
		}), "the lock is on the user's row");
		fixture.clock.advance(Duration.ofMinutes(6));
		assertEquals("ana", new AuthenticationServiceImpl(fixture.context).signIn("ana", password.toCharArray())
				.login());
		assertThrows(CarebenchException.class, () -> restarted.signIn("ana", wrongPassword.toCharArray()));
		assertEquals("ana", restarted.signIn("ana", password.toCharArray()).login(),
				"a success starts the count again");
	}

	@Test
	void usersChangeTheirOwnPasswordGivingTheCurrentOneAndOnlyAdministratorsSetPasswords() {
		setPasswords();
		// whoever finds Ana's workstation signed in cannot take her account over
		assertThrows(ForbiddenException.class,
				() -> authentication.setPassword(fixture.directory.ana().id(), otherPassword.toCharArray()));
		assertThrows(ForbiddenException.class,
				() -> authentication.setPassword(fixture.directory.marco().id(), otherPassword.toCharArray()));
		CarebenchException wrong = assertThrows(CarebenchException.class,
				() -> authentication.changePassword(wrongPassword.toCharArray(), otherPassword.toCharArray()));
		assertTrue(wrong.getMessage().contains("current password"), wrong.getMessage());
		ValidationException shortOne = assertThrows(ValidationException.class,
				() -> authentication.changePassword(password.toCharArray(), password.substring(0, 5).toCharArray()));
		assertEquals("password", shortOne.field());

		authentication.changePassword(password.toCharArray(), newPassword.toCharArray());
		fixture.session.signOut();
		assertThrows(CarebenchException.class, () -> authentication.signIn("ana", password.toCharArray()));
		assertEquals("ana", authentication.signIn("ana", newPassword.toCharArray()).login());
	}

	@Test
	void wrongCurrentPasswordsCountAsWrongSignInsAndAnAdministratorLiftsTheLock() {
		setPasswords();
		for (int guess = 0; guess < 5; guess++) {
			assertThrows(CarebenchException.class,
					() -> authentication.changePassword(wrongPassword.toCharArray(), otherPassword.toCharArray()));
		}
		fixture.session.signOut();
		CarebenchException locked = assertThrows(CarebenchException.class,
				() -> authentication.signIn("ana", password.toCharArray()));
		assertTrue(locked.getMessage().contains("minute"), locked.getMessage());
		assertThrows(ForbiddenException.class, () -> fixture.as(fixture.directory.marco(), () -> {
			authentication.unlock(fixture.directory.ana().id());
			return null;
		}));
		fixture.asSystem(() -> {
			authentication.unlock(fixture.directory.ana().id());
			return null;
		});
		assertEquals("ana", authentication.signIn("ana", password.toCharArray()).login());
	}

	private String storedHash(String login) {
		return fixture.database.transactions().read(em -> {
			try (PreparedStatement select = em.unwrap(Connection.class)
					.prepareStatement("SELECT password_hash FROM app_user WHERE login = ?")) {
				select.setString(1, login);
				try (ResultSet row = select.executeQuery()) {
					row.next();
					return row.getString(1);
				}
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
