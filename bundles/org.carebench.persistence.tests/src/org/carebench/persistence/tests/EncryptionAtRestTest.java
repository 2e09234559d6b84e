package org.carebench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.core.internal.CoreSchema;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Network;
import org.carebench.persistence.DatabaseEncryption;
import org.carebench.persistence.DatabaseException;
import org.carebench.persistence.DatabaseException.Problem;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a curious user of the computer finds in the files of a new database: no client, no password hash. */
class EncryptionAtRestTest {

	private static final String CLIENT = "Zenobia Quispe Huamani"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private final DatabaseComponent database = new DatabaseComponent();

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void theFilesOfANewDatabaseShowNoClientName() throws Exception {
		Path location = newDatabaseWithAClient("cifrada"); //$NON-NLS-1$

		assertTrue(DatabaseSecrets.isEncrypted(location), "a new database is encrypted"); //$NON-NLS-1$
		assertEquals(List.of(), filesShowing(location, CLIENT));
		// and it opens again with the key from secure storage
		database.open(DatabaseSettings.embedded(location, false));
		assertEquals(1L, (long) database.read(em -> em.createQuery(
				"SELECT COUNT(c) FROM ClientProfile c WHERE c.firstName = 'Zenobia'", Long.class).getSingleResult())); //$NON-NLS-1$
	}

	/** The check above can fail: the same row in a database made without encryption shows in its files. */
	@Test
	void theSameSearchFindsTheNameInAnUnencryptedDatabase() throws Exception {
		theSameSearchFindsTheNameInAnUnencryptedDatabase(temp.resolve("en-claro")); //$NON-NLS-1$
	}

	/** A database as Carebench 0.1 made them, without encryption, with a client's name in it. */
	private static void theSameSearchFindsTheNameInAnUnencryptedDatabase(Path location) throws Exception {
		Properties create = new Properties();
		create.setProperty("create", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + location, create); //$NON-NLS-1$
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE client (name VARCHAR(100))"); //$NON-NLS-1$
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO client VALUES (?)")) { //$NON-NLS-1$
				insert.setString(1, CLIENT);
				insert.execute();
			}
		}
		shutdown(location);
		assertFalse(filesShowing(location, CLIENT).isEmpty());
	}

	@Test
	void aDatabaseInClearIsEncryptedInPlaceAndOpensWithItsRows() throws Exception {
		Path location = temp.resolve("antigua"); //$NON-NLS-1$
		theSameSearchFindsTheNameInAnUnencryptedDatabase(location);
		assertTrue(DatabaseEncryption.encrypt(location));
		assertTrue(DatabaseSecrets.isEncrypted(location));
		assertEquals(List.of(), filesShowing(location, CLIENT));
		try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + location, //$NON-NLS-1$
				DatabaseSecrets.local().bootProperties(location));
				Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("SELECT name FROM client")) { //$NON-NLS-1$
			assertTrue(rows.next());
			assertEquals(CLIENT, rows.getString(1));
		}
		shutdown(location);
		assertFalse(DatabaseEncryption.encrypt(location), "an encrypted database is left as it is"); //$NON-NLS-1$
	}

	@Test
	void withoutItsKeyTheDatabaseIsNotOpenedAndTheMessageSaysWhy() throws Exception {
		Path location = newDatabaseWithAClient("sin-clave"); //$NON-NLS-1$

		try (SecretsFolder another = new SecretsFolder(temp.resolve("otro-equipo"))) { //$NON-NLS-1$
			DatabaseException refused = assertThrows(DatabaseException.class,
					() -> database.open(DatabaseSettings.embedded(location, false)));
			assertEquals(Problem.KEY_MISSING, refused.problem(), refused.getMessage());
			assertTrue(refused.getMessage().contains("keys import"), refused.getMessage()); //$NON-NLS-1$
		}
		// the keys file of the agency's safe gives another computer the key back
		Path keys = temp.resolve("claves.properties"); //$NON-NLS-1$
		DatabaseSecrets.local().exportTo(keys);
		assertTrue(Files.getPosixFilePermissions(keys).stream().noneMatch(p -> p.name().startsWith("GROUP") //$NON-NLS-1$
				|| p.name().startsWith("OTHERS")), "the keys file is the owner's only"); //$NON-NLS-1$ //$NON-NLS-2$
		DatabaseSecrets elsewhere = DatabaseSecrets.at(temp.resolve("equipo-nuevo")); //$NON-NLS-1$
		assertTrue(elsewhere.importFrom(keys) > 0);
		assertEquals(new String(DatabaseSecrets.local().bootKey(location).orElseThrow()),
				new String(elsewhere.bootKey(location).orElseThrow()));
	}

	/** A new database in {@code folder} of the temporary folder, with one client in it, closed. */
	private Path newDatabaseWithAClient(String folder) {
		Path location = temp.resolve(folder);
		database.addContribution(new CoreSchema());
		database.open(DatabaseSettings.embedded(location, true));
		writeClient();
		database.close();
		return location;
	}

	private void writeClient() {
		long network = database.write(em -> {
			Network created = new Network("Red cifrada"); //$NON-NLS-1$
			em.persist(created);
			return created.getId();
		});
		database.write(em -> {
			ClientProfile client = new ClientProfile(network);
			client.setName("Zenobia", "Quispe Huamani"); //$NON-NLS-1$ //$NON-NLS-2$
			em.persist(client);
			return null;
		});
	}

	private static void shutdown(Path location) {
		Properties shutdown = new Properties();
		shutdown.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + location, shutdown).close(); //$NON-NLS-1$
		} catch (java.sql.SQLException expected) {
			// 08006: shut down
		}
	}

	/** The files in {@code folder} holding {@code text}'s parts, as Derby writes strings or as UTF-16. */
	private static List<Path> filesShowing(Path folder, String text) throws IOException {
		List<byte[]> needles = Stream.of(text.split(" ")) //$NON-NLS-1$
				.flatMap(part -> Stream.of(part.getBytes(StandardCharsets.UTF_8), part.getBytes(StandardCharsets.UTF_16BE)))
				.toList();
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(file -> {
				try {
					byte[] content = Files.readAllBytes(file);
					return needles.stream().anyMatch(needle -> Bytes.contains(content, needle));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
	}

}
