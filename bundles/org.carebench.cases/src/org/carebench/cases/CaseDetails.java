package org.carebench.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carebench.core.ClientRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.Permission;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;

/**
 * A case as its editor shows it.
 *
 * @param assignee      {@code null} when unassigned
 * @param closedAt      {@code null} while open
 * @param closingReason {@code null} while open
 * @param shared        whether every organization of the project's network sees it
 * @param version       changes with every saved change; sent back with changes to detect concurrent edits
 * @param notes         newest first
 * @param allowed       what the user who asked may do with this case (the screens disable the rest)
 */
public record CaseDetails(long id, String code, ClientRef client, ProjectRef project, OrganizationRef organization,
		CaseStatus status, UserRef assignee, Instant openedAt, Instant closedAt, ClosingReason closingReason,
		boolean shared, Instant lastActivityAt, long version, List<Note> notes, List<UserRef> collaborators,
		Set<Permission> allowed) {

	public boolean allows(Permission permission) {
		return allowed.contains(permission);
	}
}
