package org.carebench.cases;

import java.time.Instant;

import org.carebench.core.UserRef;

/**
 * A note on a case, stamped with its author and time.
 *
 * @param editedAt {@code null} unless the note was edited
 */
public record Note(long id, long caseId, UserRef author, Instant createdAt, Instant editedAt, String text) {
}
