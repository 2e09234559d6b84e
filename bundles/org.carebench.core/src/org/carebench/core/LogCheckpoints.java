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
 * The activity log's checkpoints, kept outside the database in a folder of their own (back it up with the
 * database), each signed with a key kept there too, readable by its owner only: whoever can write the database
 * cannot move a checkpoint to match what he changed.
 */
public final class LogCheckpoints {

	private static final String FILE = "checkpoint.properties"; //$NON-NLS-1$
	private static final String KEY = "key"; //$NON-NLS-1$
	private static final String SIGNATURE = "signature"; //$NON-NLS-1$
	private static final String TAKEN = "taken"; //$NON-NLS-1$
	private static final String CASE = "case."; //$NON-NLS-1$

	private final Path folder;

	public LogCheckpoints(Path folder) {
		this.folder = folder;
	}

	/** The checkpoints of the database Carebench describes as {@code database}, under {@code ~/.carebench}. */
	public static LogCheckpoints forDatabase(String database) {
		String name = HexFormat.of().formatHex(sha256(database.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
		return new LogCheckpoints(Path.of(System.getProperty("user.home"), ".carebench", "checkpoints", name)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
		Properties stored = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
			stored.load(in);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException e) {
			throw new CarebenchException(NLS.bind(Messages.Checkpoint_unreadable, folder, e.getMessage()), e);
		}
		String signature = stored.getProperty(SIGNATURE);
		stored.remove(SIGNATURE);
		if (signature == null || !MessageDigest.isEqual(HexFormat.of().parseHex(signature), sign(stored))) {
			throw new CarebenchException(NLS.bind(Messages.Checkpoint_forged, folder));
		}
		Map<Long, LogCheckpoint.Head> cases = new TreeMap<>();
		stored.forEach((key, value) -> {
			if (key.toString().startsWith(CASE)) {
				String[] head = value.toString().split(":", 2); //$NON-NLS-1$
				cases.put(Long.valueOf(key.toString().substring(CASE.length())),
						new LogCheckpoint.Head(Long.parseLong(head[0]), head[1].isEmpty() ? null : head[1]));
			}
		});
		return Optional.of(new LogCheckpoint(Instant.parse(stored.getProperty(TAKEN)), cases));
	}

	/** Keeps {@code checkpoint} as the last one, signed. */
	public void keep(LogCheckpoint checkpoint) {
		Properties stored = new Properties();
		stored.setProperty(TAKEN, checkpoint.taken().toString());
		checkpoint.cases().forEach((caseId, head) -> stored.setProperty(CASE + caseId,
				head.entries() + ":" + (head.lastSeal() == null ? "" : head.lastSeal()))); //$NON-NLS-1$ //$NON-NLS-2$
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
