package org.carebench.core;

import java.time.Instant;

/** One entry of the {@link AdministrationLog}. */
public record AdministrationEntry(long id, Instant occurredAt, Actor actor, String action,
		AdministrationLog.Subject subject, String before, String after) {
}
