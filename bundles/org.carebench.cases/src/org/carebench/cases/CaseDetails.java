package org.carebench.cases;

import java.time.Instant;
import java.util.List;

import org.carebench.core.ClientRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;

/**
 * A case as its editor shows it.
 *
 * @param assignee {@code null} when unassigned
 * @param closedAt {@code null} while open
 * @param version  changes with every saved change; sent back with changes to detect concurrent edits
 * @param notes    newest first
 */
public record CaseDetails(long id, String code, ClientRef client, ProjectRef project, OrganizationRef organization,
		CaseStatus status, UserRef assignee, Instant openedAt, Instant closedAt, Instant lastActivityAt, long version,
		List<Note> notes) {
}
