package org.carebench.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.AdministrationLog;
import org.carebench.core.CarebenchException;
import org.carebench.core.ChainReport;
import org.carebench.core.LogCheckpoints;
import org.carebench.core.OwnerOnly;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.Transactions;
import org.carebench.persistence.Database;
import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Derby's online backup into owner-only folders beside the database, checked on a copy before it is trusted. */
@Component(service = DatabaseBackups.class)
public class DatabaseBackupsImpl implements DatabaseBackups {

	private static final String DESCRIPTION = "backup.properties"; //$NON-NLS-1$
	private static final String TAKEN = "taken"; //$NON-NLS-1$
	private static final String ROWS = "rows."; //$NON-NLS-1$
	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final Database database;
	private final Transactions transactions;
	private final ServiceContext context;
	private final AccessPolicy access;
	private final ActivityLog log;

	/**
	 * @param transactions the units of work of {@code database} (a server's own, for its owner), which may not be
	 *                     those of {@code context}
	 */
	@Activate
	public DatabaseBackupsImpl(@Reference Database database, @Reference Transactions transactions,
			@Reference ServiceContext context) {
		this.database = database;
		this.transactions = transactions;
		this.context = context;
		this.access = context.access();
		this.log = context.activityLog();
	}

	/** Records a backup or restore in the administration log of the open database. */
	private void administered(String action, String before, String after) {
		transactions.write(em -> {
			context.administrationLog().record(em, context.actor(), action,
					new AdministrationLog.Subject(AdministrationLog.DATABASE, null), before, after);
			return null;
		});
	}

	/** The open embedded database's directory; a server backs itself up. */
	private Path directory() {
		DatabaseSettings settings = database.openSettings()
				.orElseThrow(() -> new CarebenchException(Messages.Backup_noDatabase));
		if (!settings.isEmbedded()) {
			throw new CarebenchException(Messages.Backup_onServer);
		}
		return settings.directory();
	}

	/** The checkpoints of the open database's logs. */
	private LogCheckpoints checkpoints() {
		return LogCheckpoints.forDatabase(database.openSettings()
				.orElseThrow(() -> new CarebenchException(Messages.Backup_noDatabase)).describe());
	}

	@Override
	public Path folder() {
		Path directory = directory();
		return directory.resolveSibling(directory.getFileName() + "-backups"); //$NON-NLS-1$
	}

	@Override
	public Verification backUp(int kept) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Backup_actionBackUp);
		Instant taken = Instant.now();
		Path target = folder().resolve(NAME.format(taken));
		try {
			OwnerOnly.createDirectories(target);
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Backup_cannotWrite, target, e.getMessage()), e);
		}
		// recorded first, so that the backup holds the record of its own taking
		administered(AdministrationLog.DATABASE_BACKED_UP, null, target.getFileName().toString());
		// the live logs checked against the last checkpoint and a new one kept, before the copy: the backup holds
		// at least what it says, and is checked against it now and before any restore
		List<String> liveProblems = new ArrayList<>();
		try {
			ChainReport live = checkpoints().verify(log);
			if (!live.intact()) {
				liveProblems.add(NLS.bind(Messages.Backup_liveLogBroken, live.breaks().size()));
			}
		} catch (CarebenchException forged) {
			liveProblems.add(forged.getMessage());
		}
		Map<String, Long> rows = transactions.query(DatabaseBackupsImpl::countRows);
		transactions.query(connection -> {
			try (PreparedStatement backup = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
				backup.setString(1, target.toString());
				backup.execute();
			}
			return null;
		});
		Properties description = new Properties();
		description.setProperty(TAKEN, taken.toString());
		rows.forEach((table, count) -> description.setProperty(ROWS + table, Long.toString(count)));
		try {
			checkpoints().copyTo(target);
			java.io.StringWriter text = new java.io.StringWriter();
			description.store(text, "Carebench backup"); //$NON-NLS-1$
			OwnerOnly.write(target.resolve(DESCRIPTION), text.toString().getBytes(StandardCharsets.ISO_8859_1));
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Backup_cannotWrite, target, e.getMessage()), e);
		}
		Verification checked = verify(new Backup(target, taken, rows));
		List<String> problems = new ArrayList<>(liveProblems);
		problems.addAll(checked.problems());
		Verification verification = new Verification(checked.backup(), checked.rows(), checked.log(),
				List.copyOf(problems));
		List<Backup> all = list();
		for (Backup old : all.subList(Math.min(Math.max(kept, 1), all.size()), all.size())) {
			OwnerOnly.deleteTree(old.folder());
		}
		return verification;
	}

	@Override
	public List<Backup> list() {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Backup_actionVerify);
		Path folder = folder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Backup> backups = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.toList()) {
				Path description = entry.resolve(DESCRIPTION);
				if (!Files.isRegularFile(description)) {
					continue;
				}
				Properties properties = new Properties();
				try (InputStream in = Files.newInputStream(description)) {
					properties.load(in);
				}
				Map<String, Long> rows = new TreeMap<>();
				for (String key : properties.stringPropertyNames()) {
					if (key.startsWith(ROWS)) {
						rows.put(key.substring(ROWS.length()), Long.valueOf(properties.getProperty(key)));
					}
				}
				backups.add(new Backup(entry, Instant.parse(properties.getProperty(TAKEN)), rows));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		backups.sort(Comparator.comparing(Backup::taken).reversed());
		return backups;
	}

	@Override
	public Verification verify(Backup backup) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Backup_actionVerify);
		Path directory = directory();
		Path copied = backup.folder().resolve(directory.getFileName());
		List<String> problems = new ArrayList<>();
		Map<String, Long> rows = new TreeMap<>();
		ChainReport chains = null;
		Path scratch = null;
		try {
			// a copy is opened, not the backup: opening writes to a database's log
			scratch = Files.createTempDirectory(folder(), ".verifying-"); //$NON-NLS-1$
			Path copy = scratch.resolve(directory.getFileName());
			copyTree(copied, copy);
			Properties boot = DatabaseSecrets.local().bootProperties(directory);
			// a server's database lets in its owner only, also in a copy
			database.openSettings().map(DatabaseSettings::account).ifPresent(owner -> {
				boot.setProperty("user", owner.user()); //$NON-NLS-1$
				boot.setProperty("password", new String(owner.password())); //$NON-NLS-1$
			});
			try (Connection connection = DerbyConnector.inCarebenchSchema(
					new EmbeddedDriver().connect("jdbc:derby:" + copy, boot))) { //$NON-NLS-1$
				rows.putAll(countRows(connection));
				chains = log.verifyCopy(connection, checkpoints().in(backup.folder()).orElse(null));
				for (String table : AccountPrivileges.appendOnlyTables(connection)) {
					long then = backup.rowsWhenTaken().getOrDefault(table, 0L);
					if (rows.getOrDefault(table, 0L) < then) {
						problems.add(NLS.bind(Messages.Backup_rowsMissing, new Object[] { table, rows.get(table), then }));
					}
				}
			} finally {
				shutdown(copy, boot);
			}
			if (!chains.intact()) {
				problems.add(NLS.bind(Messages.Backup_logBroken, chains.breaks().size()));
			}
			for (String table : backup.rowsWhenTaken().keySet()) {
				if (!rows.containsKey(table)) {
					problems.add(NLS.bind(Messages.Backup_tableMissing, table));
				}
			}
		} catch (SQLException | IOException | UncheckedIOException e) {
			problems.add(NLS.bind(Messages.Backup_cannotOpen, e.getMessage()));
		} finally {
			if (scratch != null) {
				OwnerOnly.deleteTree(scratch);
			}
		}
		return new Verification(backup, rows, chains, List.copyOf(problems));
	}

	@Override
	public Path restore(Backup backup) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Backup_actionRestore);
		Verification verification = verify(backup);
		if (!verification.sound()) {
			throw new CarebenchException(NLS.bind(Messages.Backup_notSound, String.join("; ", verification.problems()))); //$NON-NLS-1$
		}
		DatabaseSettings settings = database.openSettings().orElseThrow();
		Path directory = settings.directory();
		Path replaced = directory.resolveSibling(directory.getFileName() + "-replaced-" + NAME.format(Instant.now())); //$NON-NLS-1$
		database.close();
		try {
			Files.move(directory, replaced);
			try {
				copyTree(backup.folder().resolve(directory.getFileName()), directory);
			} catch (IOException | UncheckedIOException e) {
				OwnerOnly.deleteTree(directory);
				Files.move(replaced, directory);
				throw new CarebenchException(NLS.bind(Messages.Backup_cannotWrite, directory, e.getMessage()), e);
			}
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Backup_cannotWrite, directory, e.getMessage()), e);
		} finally {
			database.open(settings);
		}
		administered(AdministrationLog.DATABASE_RESTORED, replaced.getFileName().toString(),
				backup.folder().getFileName().toString());
		return replaced;
	}

	/** Rows of every table of Carebench's schema, each read to its end (a damaged page shows here). */
	private static Map<String, Long> countRows(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas s" //$NON-NLS-1$
						+ " ON s.schemaid = t.schemaid WHERE t.tabletype = 'T' AND s.schemaname = '" //$NON-NLS-1$
						+ DerbyConnector.SCHEMA + "'")) { //$NON-NLS-1$
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		Map<String, Long> counts = new TreeMap<>();
		try (Statement count = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM " + DerbyConnector.SCHEMA + ".\"" //$NON-NLS-1$ //$NON-NLS-2$
						+ table + '"')) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private static void shutdown(Path copy, Properties boot) {
		Properties shutdown = new Properties();
		shutdown.putAll(boot);
		shutdown.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + copy, shutdown).close(); //$NON-NLS-1$
		} catch (SQLException expected) {
			// 08006: shut down, its files released
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : paths.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					OwnerOnly.createDirectories(target);
				} else {
					// a database's files can be larger than the memory: streamed, not read whole
					OwnerOnly.copy(source, target);
				}
			}
		}
	}

}
