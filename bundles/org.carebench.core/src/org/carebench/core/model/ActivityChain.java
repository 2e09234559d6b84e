package org.carebench.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chains of the logs (each case's activity log, the administration log): each entry's hash covers its content and the previous entry's hash,
 * so that changing or removing an entry breaks every hash after it. Used by the log and by bulk loaders that write
 * entries with plain JDBC.
 */
public final class ActivityChain {

	/** The "previous hash" of a case's first entry. */
	public static final String START = "0".repeat(64); //$NON-NLS-1$

	private ActivityChain() {
	}

	/** The hash of an entry following {@code previousHash}. */
	public static String hash(String previousHash, long caseId, Instant occurredAt, Long actorId, String actorLabel,
			String action, String before, String after, String detail) {
		return seal(previousHash, caseId, occurredAt, actorId, actorLabel, action, before, after, detail);
	}

	/**
	 * The hash of an entry of chain {@code chain} (a case; 0 for the administration log) following
	 * {@code previousHash}: each field length-prefixed, so that no two entries' contents can run into one another.
	 */
	public static String seal(String previousHash, long chain, Instant occurredAt, Object... fields) {
		StringBuilder content = new StringBuilder(256).append(previousHash).append('|').append(chain).append('|')
				.append(occurredAt.toEpochMilli());
		for (Object field : fields) {
			content.append('|');
			if (field == null) {
				content.append('\u0000');
			} else {
				String text = field.toString();
				content.append(text.length()).append(':').append(text);
			}
		}
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
