package org.carebench.core;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.carebench.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The logs' checkpoints, kept outside the database in a folder of their own (back it up with the
 * database), each signed with a key kept there too, readable by its owner only: whoever can write the database
 * cannot move a checkpoint to match what he changed.
 */
public final class LogCheckpoints {

	private static final String FILE = "checkpoint.properties"; //$NON-NLS-1$
	private static final String KEY = "key"; //$NON-NLS-1$
	private static final String SIGNATURE = "signature"; //$NON-NLS-1$
	private static final String TAKEN = "taken"; //$NON-NLS-1$
	private static final String CASE = "case."; //$NON-NLS-1$
	private static final String ADMINISTRATION = "administration"; //$NON-NLS-1$

	private final Path folder;

	public LogCheckpoints(Path folder) {
		this.folder = folder;
	}

	/** Where checkpoints are kept instead of {@code ~/.carebench/checkpoints} (tests). */
	public static final String LOCATION_PROPERTY = "carebench.checkpoints"; //$NON-NLS-1$

	/**
	 * The checkpoints of the database Carebench describes as {@code database}, under
	 * {@code ~/.carebench/checkpoints} (or {@value #LOCATION_PROPERTY}).
	 */
	public static LogCheckpoints forDatabase(String database) {
		String name = HexFormat.of().formatHex(sha256(database.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
		String location = System.getProperty(LOCATION_PROPERTY);
		Path root = location == null || location.isBlank()
				? Path.of(System.getProperty("user.home"), ".carebench", "checkpoints") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: Path.of(location);
		return new LogCheckpoints(root.resolve(name));
	}

	/** The folder they are kept in. */
	public Path folder() {
		return folder;
	}

	/**
	 * The last checkpoint kept, or empty before the first.
	 *
	 * @throws CarebenchException when the checkpoint was changed since it was signed
	 */
	public Optional<LogCheckpoint> last() {
		return read(folder.resolve(FILE));
	}

	/**
	 * Verifies the logs against the last checkpoint and, when they are intact, keeps what they hold now as the next
	 * one: a break stays reported until it is dealt with.
	 *
	 * @throws CarebenchException when the last checkpoint was changed since it was signed
	 */
	public ChainReport verify(ActivityLog log) {
		ChainReport report = log.verify(last().orElse(null));
		if (report.intact()) {
			keep(report.checkpoint());
		}
		return report;
	}

	/**
	 * Puts a copy of the last checkpoint, signed, into {@code target} (a backup's folder), where {@link #in} finds
	 * it; nothing when there is none. The key stays here: a copy can be checked, not forged.
	 */
	public void copyTo(Path target) throws IOException {
		Path last = folder.resolve(FILE);
		if (Files.exists(last)) {
			OwnerOnly.write(target.resolve(FILE), Files.readAllBytes(last));
		}
	}

	/**
	 * The checkpoint {@link #copyTo} put into {@code target}, checked against this folder's key, or empty when it
	 * has none.
	 *
	 * @throws CarebenchException when it was changed since it was signed
	 */
	public Optional<LogCheckpoint> in(Path target) {
		return read(target.resolve(FILE));
	}

	private Optional<LogCheckpoint> read(Path file) {
		Properties stored = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			stored.load(in);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Checkpoint_unreadable, folder, e.getMessage()), e);
		}
		String signature = stored.getProperty(SIGNATURE);
		stored.remove(SIGNATURE);
		if (signature == null || !MessageDigest.isEqual(HexFormat.of().parseHex(signature), sign(stored))) {
			throw new CarebenchException(NLS.bind(Messages.Checkpoint_forged, file.getParent()));
		}
		Map<Long, LogCheckpoint.Head> cases = new TreeMap<>();
		stored.forEach((key, value) -> {
			if (key.toString().startsWith(CASE)) {
				cases.put(Long.valueOf(key.toString().substring(CASE.length())), head(value.toString()));
			}
		});
		String administration = stored.getProperty(ADMINISTRATION);
		return Optional.of(new LogCheckpoint(Instant.parse(stored.getProperty(TAKEN)), cases,
				administration == null ? null : head(administration)));
	}

	/** Keeps {@code checkpoint} as the last one, signed. */
	public void keep(LogCheckpoint checkpoint) {
		Properties stored = new Properties();
		stored.setProperty(TAKEN, checkpoint.taken().toString());
		checkpoint.cases().forEach((caseId, head) -> stored.setProperty(CASE + caseId, text(head)));
		if (checkpoint.administration() != null) {
			stored.setProperty(ADMINISTRATION, text(checkpoint.administration()));
		}
		stored.setProperty(SIGNATURE, HexFormat.of().formatHex(sign(stored)));
		try {
			Path written = Files.createTempFile(ownerOnlyFolder(), FILE, ".new"); //$NON-NLS-1$
			try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
				stored.store(out, "Carebench activity log checkpoint"); //$NON-NLS-1$
			}
			Files.move(written, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Checkpoint_unreadable, folder, e.getMessage()), e);
		}
	}

	private static String text(LogCheckpoint.Head head) {
		return head.entries() + ":" + (head.lastSeal() == null ? "" : head.lastSeal()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static LogCheckpoint.Head head(String text) {
		String[] head = text.split(":", 2); //$NON-NLS-1$
		return new LogCheckpoint.Head(Long.parseLong(head[0]), head[1].isEmpty() ? null : head[1]);
	}

	/** An HMAC-SHA256 over the entries in a fixed order, with the folder's key (made on first use). */
	private byte[] sign(Properties entries) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(entries).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		try {
			Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
			mac.init(new SecretKeySpec(key(), "HmacSHA256")); //$NON-NLS-1$
			return mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] key() {
		Path file = folder.resolve(KEY);
		try {
			if (!Files.exists(file)) {
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Path written = Files.createTempFile(ownerOnlyFolder(), KEY, ".new"); //$NON-NLS-1$
				Files.write(written, key);
				Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Checkpoint_unreadable, folder, e.getMessage()), e);
		}
	}

	private Path ownerOnlyFolder() throws IOException {
		OwnerOnly.createDirectories(folder);
		OwnerOnly.restrict(folder);
		return folder;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes); //$NON-NLS-1$
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
