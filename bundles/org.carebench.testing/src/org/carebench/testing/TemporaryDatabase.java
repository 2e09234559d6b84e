package org.carebench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.carebench.core.SchemaContribution;
import org.carebench.core.Transactions;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseSettings;
import org.carebench.persistence.internal.DatabaseComponent;

/**
 * A real embedded Derby database in a temporary directory, with the schema of the given contributions (by default
 * every contribution registered in the running framework). Deleted on close.
 */
public final class TemporaryDatabase implements AutoCloseable {

	private final Path directory;
	private final boolean deleteOnClose;
	private final DatabaseComponent component = new DatabaseComponent();

	private TemporaryDatabase(Path directory, List<SchemaContribution> contributions, boolean created) {
		this.directory = directory;
		this.deleteOnClose = created;
		contributions.forEach(component::addContribution);
		component.open(DatabaseSettings.embedded(directory, created));
	}

	/** An existing database (a copy the test made), opened and migrated like the product does; kept on close. */
	public static TemporaryDatabase openExisting(Path directory) {
		return new TemporaryDatabase(directory, OsgiServices.all(SchemaContribution.class), false);
	}

	/** A fresh database with every schema contribution of the running framework. */
	public static TemporaryDatabase create() {
		return create(OsgiServices.all(SchemaContribution.class));
	}

	/** A fresh database with exactly these contributions. */
	public static TemporaryDatabase create(List<SchemaContribution> contributions) {
		try {
			Path parent = Files.createTempDirectory("carebench-test"); //$NON-NLS-1$
			return new TemporaryDatabase(parent.resolve("db"), contributions, true); //$NON-NLS-1$
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public Transactions transactions() {
		return component;
	}

	public Database database() {
		return component;
	}

	public Path directory() {
		return directory;
	}

	@Override
	public void close() {
		component.close();
		if (deleteOnClose) {
			deleteTree(directory.getParent());
		}
	}

	/** Deletes a directory and everything below it; ignores what is already gone. */
	public static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
