package org.carebench.cases;

/**
 * A person taking part in a case: its primary client, or a family member or other person associated with him.
 *
 * @param relationship how he relates to the primary client ("Mother", "Partner"); {@code null} for the primary
 *                     client himself
 * @param name         {@code null} for an anonymous client
 */
public record CaseParticipant(long clientId, String name, boolean primary, String relationship) {
}
