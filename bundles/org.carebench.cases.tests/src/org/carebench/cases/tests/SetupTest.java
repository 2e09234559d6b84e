package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;

import org.carebench.core.FirstAdministrator;
import org.carebench.core.ForbiddenException;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.internal.AccessPolicyImpl;
import org.carebench.core.internal.AuthenticationServiceImpl;
import org.carebench.core.internal.DirectoryServiceImpl;
import org.carebench.core.internal.SessionImpl;
import org.carebench.core.internal.SetupServiceImpl;
import org.carebench.testing.Directory;
import org.carebench.testing.TemporaryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first start of a production database: its first administrator, once, and nobody else that way. */
class SetupTest {

	private final TemporaryDatabase database = TemporaryDatabase.create();
	private final SessionImpl session = new SessionImpl();
	private final ServiceContext context = Directory.context(database.transactions(), session,
			new AccessPolicyImpl(database.transactions(), session), Clock.systemUTC());
	private final SetupServiceImpl setup = new SetupServiceImpl(context);
	/** Made for each test: no password is written in the sources. */
	private final String password = "pw-" + java.util.UUID.randomUUID();

	@AfterEach
	void close() {
		database.close();
	}

	private static FirstAdministrator rosa(String password) {
		return new FirstAdministrator("Casa Abierta", "hou", "Housing support", "rosa", "Rosa Vidal",
				password.toCharArray());
	}

	@Test
	void aNewDatabaseGetsItsFirstAdministratorOnce() {
		assertTrue(setup.needsFirstAdministrator());
		UserRef rosa = setup.createFirstAdministrator(rosa(password));
		assertFalse(setup.needsFirstAdministrator());
		session.signOut();
		assertEquals(rosa.id(), new AuthenticationServiceImpl(context).signIn("rosa", password.toCharArray())
				.id());
		// she administers the system: she creates the next network
		assertEquals("Red Sur", new DirectoryServiceImpl(context).createNetwork("Red Sur").name());
		session.signOut();
		assertThrows(ForbiddenException.class, () -> setup.createFirstAdministrator(new FirstAdministrator(
				"Otra", "OTR", "Otro", "intruso", "Intruso", (password + "-2").toCharArray())),
				"nobody else becomes administrator that way");
		assertEquals(1L, (long) database.transactions().query(connection -> {
			try (var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM app_user")) {
				count.next();
				return count.getLong(1);
			}
		}));
	}

	@Test
	void refusedInputCreatesNothing() {
		ValidationException shortPassword = assertThrows(ValidationException.class,
				() -> setup.createFirstAdministrator(rosa(password.substring(0, 7))));
		assertEquals("password", shortPassword.field());
		ValidationException badCode = assertThrows(ValidationException.class,
				() -> setup.createFirstAdministrator(new FirstAdministrator("Casa Abierta", "H-1", "Housing", "rosa",
						"Rosa Vidal", password.toCharArray())));
		assertEquals("projectCode", badCode.field());
		assertTrue(setup.needsFirstAdministrator(), "still to be set up");
		assertEquals(0L, (long) database.transactions().query(connection -> {
			try (var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM network")) {
				count.next();
				return count.getLong(1);
			}
		}));
	}
}
