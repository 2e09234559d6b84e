package org.carebench.core.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as slow, salted hashes: PBKDF2 with HMAC-SHA-512, 210,000 iterations (OWASP's figure), a random
 * 16-byte salt per password. The stored form names its algorithm and cost, so they can be raised later without
 * invalidating existing passwords: {@code pbkdf2-sha512:210000:<salt>:<hash>}.
 */
final class PasswordHashing {

	static final int ITERATIONS = 210_000;
	private static final String ALGORITHM = "PBKDF2WithHmacSHA512"; //$NON-NLS-1$
	private static final String PREFIX = "pbkdf2-sha512"; //$NON-NLS-1$
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 512;
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordHashing() {
	}

	static String hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		byte[] hash = derive(password, salt, ITERATIONS);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return PREFIX + ':' + ITERATIONS + ':' + base64.encodeToString(salt) + ':' + base64.encodeToString(hash);
	}

	/** Whether {@code password} matches {@code stored}; compares in constant time. */
	/** A hash nobody's password matches: what an unknown login is checked against. */
	private static final class Decoy {
		static final String HASH = hash("no one's password".toCharArray()); //$NON-NLS-1$
	}

	/** Takes as long as checking a password, for a login that has none. */
	static void spend(char[] password) {
		matches(password, Decoy.HASH);
	}

	static boolean matches(char[] password, String stored) {
		if (stored == null) {
			return false;
		}
		String[] parts = stored.split(":"); //$NON-NLS-1$
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		Base64.Decoder base64 = Base64.getDecoder();
		byte[] expected = base64.decode(parts[3]);
		byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
		return MessageDigest.isEqual(expected, actual);
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		} finally {
			spec.clearPassword();
		}
	}

	/** Overwrites a password once it is no longer needed. */
	static void forget(char[] password) {
		if (password != null) {
			Arrays.fill(password, '\0');
		}
	}
}
