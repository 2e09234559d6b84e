package org.carebench.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carebench.core.ClientRef;
import org.carebench.core.OrganizationRef;
import org.carebench.core.Permission;
import org.carebench.core.ProjectRef;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;

/**
 * A case as its editor shows it.
 *
 * @param assignee      {@code null} when unassigned
 * @param team          the team the case is assigned to, or {@code null}
 * @param closedAt      {@code null} while open
 * @param closingReason {@code null} while open
 * @param shared        whether every organization of the project's network sees it
 * @param version       changes with every saved change; sent back with changes to detect concurrent edits
 * @param notes         newest first
 * @param allowed       what the user who asked may do with this case (the screens disable the rest)
 * @param caseType      the name of the case's type, or {@code null}
 * @param roles         who fills the roles of the case's type
 */
public record CaseDetails(long id, String code, ClientRef client, ProjectRef project, OrganizationRef organization,
		CaseStatus status, UserRef assignee, TeamRef team, Instant openedAt, Instant closedAt, ClosingReason closingReason,
		boolean shared, Instant lastActivityAt, long version, List<Note> notes, List<UserRef> collaborators,
		Set<Permission> allowed, String caseType, List<RoleHolder> roles) {

	/** A role of the case's type and the user who fills it. */
	public record RoleHolder(String roleCode, String roleName, UserRef user) {
	}

	public boolean allows(Permission permission) {
		return allowed.contains(permission);
	}
}
