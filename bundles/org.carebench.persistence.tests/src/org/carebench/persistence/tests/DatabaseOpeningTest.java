package org.carebench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carebench.core.internal.CoreSchema;
import org.carebench.core.model.Network;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseException.Problem;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, creating, refusing and upgrading embedded databases, against real Derby files. */
class DatabaseOpeningTest {

	@TempDir
	Path temp;

	private DatabaseComponent database;

	private DatabaseComponent database(org.carebench.core.SchemaContribution... contributions) {
		if (database != null) {
			database.close();
		}
		database = new DatabaseComponent();
		List.of(contributions).forEach(database::addContribution);
		return database;
	}

	@AfterEach
	void closeDatabase() {
		if (database != null) {
			database.close();
		}
	}

	@Test
	void createsTheSchemaAndReopensWithoutCreating() throws Exception {
		Path location = temp.resolve("db");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		long id = database.write(em -> {
			Network network = new Network("Rete Nord");
			em.persist(network);
			return network.getId();
		});
		database.close();

		database(new CoreSchema()).open(DatabaseSettings.embedded(location, false));
		assertEquals("Rete Nord", database.read(em -> em.find(Network.class, id).toRef().name()));
	}

	@Test
	void aNewDatabaseIsReadableByItsOwnerOnly() throws Exception {
		Path location = temp.resolve("private").resolve("db");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		database.write(em -> {
			em.persist(new Network("Rete privata"));
			return null;
		});
		database.close();
		java.util.List<Path> open;
		try (java.util.stream.Stream<Path> files = Files.walk(location.getParent())) {
			open = files.filter(file -> {
				try {
					return Files.getPosixFilePermissions(file).stream().anyMatch(permission -> permission.name()
							.startsWith("GROUP") || permission.name().startsWith("OTHERS"));
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
		assertTrue(open.isEmpty(), "other users of the computer may read " + open);
	}

	@Test
	void aDamagedDatabaseIsCalledSoWithWhatToDo() throws Exception {
		Path location = temp.resolve("damaged");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		database.close();
		Files.writeString(location.resolve("service.properties"), "\u0000\u0000garbage\n");
		DatabaseException refusal = assertThrows(DatabaseException.class,
				() -> database(new CoreSchema()).open(DatabaseSettings.embedded(location, false)));
		assertEquals(Problem.DAMAGED, refusal.problem(), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("backup"), refusal.getMessage());
	}

	@Test
	void neverCreatesADatabaseTheUserDidNotAskFor() {
		Path location = temp.resolve("typo");
		DatabaseException refusal = assertThrows(DatabaseException.class,
				() -> database(new CoreSchema()).open(DatabaseSettings.embedded(location, false)));
		assertEquals(Problem.MISSING, refusal.problem());
		assertTrue(refusal.getMessage().contains(location.toString()), refusal.getMessage());
		assertFalse(Files.exists(location));
	}

	@Test
	void refusesADirectoryHoldingOtherFilesAndLeavesThemAlone() throws Exception {
		Path location = Files.createDirectories(temp.resolve("documents"));
		Path letter = Files.writeString(location.resolve("letter.txt"), "keep me");
		DatabaseException refusal = assertThrows(DatabaseException.class,
				() -> database(new CoreSchema()).open(DatabaseSettings.embedded(location, true)));
		assertEquals(Problem.NOT_A_DATABASE, refusal.problem());
		assertEquals("keep me", Files.readString(letter));
		assertEquals(1, Files.list(location).count());
	}

	@Test
	void refusesAFile() throws Exception {
		Path file = Files.writeString(temp.resolve("carebench.db"), "not a database");
		DatabaseException refusal = assertThrows(DatabaseException.class,
				() -> database(new CoreSchema()).open(DatabaseSettings.embedded(file, true)));
		assertEquals(Problem.NOT_A_DATABASE, refusal.problem());
		assertEquals("not a database", Files.readString(file));
	}

	@Test
	void createsInAnEmptyDirectory() {
		Path location = temp.resolve("empty");
		assertTrue(location.toFile().mkdirs());
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		assertTrue(Files.exists(location.resolve("service.properties")));
	}

	@Test
	void anUpgradeKeepsTheDataOfTheEarlierVersion() throws Exception {
		Path location = temp.resolve("db");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		database.write(em -> {
			Network network = new Network("Red Sur");
			em.persist(network);
			return null;
		});
		database.close();

		database(new CoreSchema(), TestSchema.EXTENSION).open(DatabaseSettings.embedded(location, false));
		database.close();
		assertEquals(1, Jdbc.count(location, "SELECT COUNT(*) FROM network WHERE name = 'Red Sur' AND region = 'unknown'"));
		assertTrue(Jdbc.tableExists(location, "test_extension"));
	}

	@Test
	void aFailedMigrationLeavesTheDatabaseAtItsPreviousVersion() throws Exception {
		Path location = temp.resolve("db");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		database.close();
		long appliedBefore = Jdbc.count(location, "SELECT COUNT(*) FROM DATABASECHANGELOG");

		DatabaseException failure = assertThrows(DatabaseException.class,
				() -> database(new CoreSchema(), TestSchema.BROKEN).open(DatabaseSettings.embedded(location, false)));
		assertEquals(Problem.MIGRATION_FAILED, failure.problem());
		assertTrue(failure.getMessage().contains("TABLE_THAT_DOES_NOT_EXIST"), failure.getMessage());

		assertFalse(Jdbc.tableExists(location, "test_half_done"), "the first change set was rolled back");
		assertEquals(appliedBefore, Jdbc.count(location, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, false));
	}

	@Test
	void refusesADatabaseUpgradedByANewerCarebench() throws Exception {
		Path location = temp.resolve("db");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		database.close();
		Jdbc.execute(location, "INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE)"
				+ " VALUES ('core-99', 'carebench', 'db/org.carebench.core.sql', CURRENT_TIMESTAMP, 99, 'EXECUTED')");

		DatabaseException refusal = assertThrows(DatabaseException.class,
				() -> database(new CoreSchema()).open(DatabaseSettings.embedded(location, false)));
		assertEquals(Problem.NEWER_VERSION, refusal.problem());
		assertTrue(refusal.getMessage().contains("core-99"), refusal.getMessage());
	}

	@Test
	void explainsThatAnotherProcessHasTheDatabaseOpen() throws Exception {
		Path location = temp.resolve("db");
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, true));
		database.close();

		try (OtherProcess other = OtherProcess.holding(location, temp)) {
			DatabaseException refusal = assertThrows(DatabaseException.class,
					() -> database(new CoreSchema()).open(DatabaseSettings.embedded(location, false)));
			assertEquals(Problem.IN_USE, refusal.problem());
			assertTrue(refusal.getMessage().contains("Network Server"), refusal.getMessage());
		}
		database(new CoreSchema()).open(DatabaseSettings.embedded(location, false));
	}
}
