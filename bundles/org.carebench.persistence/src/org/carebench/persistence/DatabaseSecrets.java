package org.carebench.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javax.crypto.spec.PBEKeySpec;

import org.carebench.core.OwnerOnly;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The secrets this computer keeps for Carebench's databases, in Eclipse secure storage: the account a workstation
 * connects to a server with, the boot keys of encrypted databases, the server's own keys. Never in a URL, a
 * preference, a command line or a log.
 * <p>
 * The storage lives in an owner-only folder ({@code ~/.carebench/secrets}, or the folder named by
 * {@value #LOCATION_PROPERTY}) and is encrypted with a random key kept beside it, readable by its owner only: the
 * operating system account protects it, as it protects the user's other credentials. Losing the folder loses the
 * keys: {@link #exportTo(Path)} writes them out for the agency's safe (docs/administration.md, "Encryption and keys").
 */
public final class DatabaseSecrets {

	/** System property naming the folder of the secrets (tests, a server's own account). */
	public static final String LOCATION_PROPERTY = "carebench.secrets"; //$NON-NLS-1$

	private static final String SERVERS = "servers"; //$NON-NLS-1$
	private static final String DATABASES = "databases"; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$
	private static final String BOOT_KEY = "bootKey"; //$NON-NLS-1$
	private static final String CERTIFICATE = "certificate"; //$NON-NLS-1$
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Map<Path, DatabaseSecrets> OPENED = new java.util.concurrent.ConcurrentHashMap<>();

	private final Path folder;
	private ISecurePreferences root;

	private DatabaseSecrets(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** The secrets of this computer's user (or of the folder the system property names). */
	public static DatabaseSecrets local() {
		String chosen = System.getProperty(LOCATION_PROPERTY);
		return at(chosen == null || chosen.isBlank()
				? Paths.get(System.getProperty("user.home"), ".carebench", "secrets") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: Paths.get(chosen));
	}

	/** The secrets kept in {@code folder}; one instance per folder, so that its methods take turns. */
	public static DatabaseSecrets at(Path folder) {
		return OPENED.computeIfAbsent(folder.toAbsolutePath().normalize(), DatabaseSecrets::new);
	}

	public Path folder() {
		return folder;
	}

	/** The account this computer connects to the server at {@code serverUrl} with. */
	public synchronized Optional<DatabaseAccount> account(String serverUrl) {
		ISecurePreferences node = node(SERVERS, serverUrl, false);
		if (node == null) {
			return Optional.empty();
		}
		String user = get(node, USER);
		String password = get(node, PASSWORD);
		return user == null || password == null ? Optional.empty()
				: Optional.of(new DatabaseAccount(user, password.toCharArray()));
	}

	public synchronized void saveAccount(String serverUrl, DatabaseAccount account) {
		ISecurePreferences node = node(SERVERS, serverUrl, true);
		put(node, USER, account.user(), false);
		put(node, PASSWORD, new String(account.password()), true);
		flush();
	}

	/**
	 * Keeps the certificate of the server at {@code serverUrl}, which an administrator confirmed: the workstation
	 * trusts that server and no other (see {@link ServerCertificates}).
	 */
	public synchronized void pinCertificate(String serverUrl, X509Certificate certificate) {
		try {
			put(node(SERVERS, serverUrl, true), CERTIFICATE,
					Base64.getEncoder().encodeToString(certificate.getEncoded()), false);
		} catch (CertificateEncodingException e) {
			throw new IllegalArgumentException(e);
		}
		flush();
	}

	/** The certificate confirmed for the server at {@code serverUrl}. */
	public synchronized Optional<X509Certificate> pinnedCertificate(String serverUrl) {
		ISecurePreferences node = node(SERVERS, serverUrl, false);
		String encoded = node == null ? null : get(node, CERTIFICATE);
		if (encoded == null) {
			return Optional.empty();
		}
		try {
			return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509") //$NON-NLS-1$
					.generateCertificate(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(encoded))));
		} catch (CertificateException e) {
			throw new IllegalStateException("The server certificate kept for " + serverUrl + " is damaged", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The boot key of the encrypted database in {@code directory}. */
	public synchronized Optional<char[]> bootKey(Path directory) {
		ISecurePreferences node = node(DATABASES, key(directory), false);
		String value = node == null ? null : get(node, BOOT_KEY);
		return Optional.ofNullable(value == null ? null : value.toCharArray());
	}

	/** A new random boot key for the database about to be created in {@code directory}, kept before it is used. */
	public synchronized char[] createBootKey(Path directory) {
		char[] bootKey = randomSecret();
		ISecurePreferences node = node(DATABASES, key(directory), true);
		put(node, BOOT_KEY, new String(bootKey), true);
		flush();
		return bootKey;
	}

	/**
	 * What a raw JDBC connection to the embedded database in {@code directory} needs to boot it: its boot key when
	 * it is encrypted (tools and tests that bypass Carebench's own connections).
	 */
	public Properties bootProperties(Path directory) {
		Properties properties = new Properties();
		if (isEncrypted(directory)) {
			bootKey(directory).ifPresent(key -> properties.setProperty("bootPassword", new String(key))); //$NON-NLS-1$
		}
		return properties;
	}

	/** Whether the embedded database in {@code directory} is encrypted (its boot key is needed to open it). */
	public static boolean isEncrypted(Path directory) {
		Properties service = new Properties();
		try (InputStream in = Files.newInputStream(directory.resolve("service.properties"))) { //$NON-NLS-1$
			service.load(in);
		} catch (IOException e) {
			return false; // Derby says what is wrong with it
		}
		return Boolean.parseBoolean(service.getProperty("dataEncryption")); //$NON-NLS-1$
	}

	/** A random secret of 256 bits, as text. */
	public static char[] randomSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
	}

	/**
	 * Writes every secret into an owner-only properties file, for the agency's safe: with it, {@link #importFrom}
	 * gives another computer (or a reinstalled one) the keys of its databases back.
	 */
	public synchronized void exportTo(Path file) {
		Map<String, String> all = new TreeMap<>();
		for (String kind : new String[] { SERVERS, DATABASES }) {
			ISecurePreferences parent = root().node(kind);
			for (String child : parent.childrenNames()) {
				ISecurePreferences node = parent.node(child);
				String name = get(node, NAME);
				for (String entry : node.keys()) {
					if (!entry.equals(NAME)) {
						all.put(kind + "|" + name + "|" + entry, get(node, entry)); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
		StringBuilder text = new StringBuilder("# Carebench keys: keep this file offline, in the agency's safe\n"); //$NON-NLS-1$
		Properties properties = new Properties();
		properties.putAll(all);
		try {
			java.io.StringWriter written = new java.io.StringWriter();
			properties.store(written, null);
			text.append(written);
			OwnerOnly.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Takes back the secrets {@link #exportTo} wrote; returns how many. */
	public synchronized int importFrom(Path file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int count = 0;
		for (String entry : properties.stringPropertyNames()) {
			String[] parts = entry.split("\\|", 3); //$NON-NLS-1$
			if (parts.length != 3 || !(parts[0].equals(SERVERS) || parts[0].equals(DATABASES))) {
				throw new IllegalArgumentException("Not a Carebench keys file: " + file); //$NON-NLS-1$
			}
			put(node(parts[0], parts[1], true), parts[2], properties.getProperty(entry),
					!parts[2].equals(USER) && !parts[2].equals(CERTIFICATE));
			count++;
		}
		flush();
		return count;
	}

	private static String key(Path directory) {
		return directory.toAbsolutePath().normalize().toString();
	}

	/** Node names cannot hold slashes and must not reveal which servers a computer uses: a hash names them. */
	private ISecurePreferences node(String kind, String name, boolean create) {
		String child = hash(name);
		ISecurePreferences parent = root().node(kind);
		if (!create && !parent.nodeExists(child)) {
			return null;
		}
		ISecurePreferences node = parent.node(child);
		if (create) {
			put(node, NAME, name, true);
		}
		return node;
	}

	private static String hash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private synchronized ISecurePreferences root() {
		if (root == null) {
			try {
				OwnerOnly.createDirectories(folder);
				OwnerOnly.restrict(folder);
				Map<Object, Object> options = new HashMap<>();
				options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(storageKey()));
				options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
				root = SecurePreferencesFactory.open(folder.resolve("storage").toUri().toURL(), options); //$NON-NLS-1$
			} catch (MalformedURLException e) {
				throw new IllegalStateException(e);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			if (root == null) {
				throw new IllegalStateException("Eclipse secure storage is not available"); //$NON-NLS-1$
			}
		}
		return root;
	}

	private char[] storageKey() throws IOException {
		Path file = folder.resolve("storage.key"); //$NON-NLS-1$
		if (!Files.exists(file)) {
			OwnerOnly.writeIfAbsent(file, new String(randomSecret()).getBytes(StandardCharsets.US_ASCII));
		}
		return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
	}

	private static String get(ISecurePreferences node, String key) {
		try {
			return node.get(key, null);
		} catch (StorageException e) {
			throw new IllegalStateException("The secure storage cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static void put(ISecurePreferences node, String key, String value, boolean encrypt) {
		try {
			node.put(key, value, encrypt);
		} catch (StorageException e) {
			throw new IllegalStateException("The secure storage cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private void flush() {
		try {
			root().flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
