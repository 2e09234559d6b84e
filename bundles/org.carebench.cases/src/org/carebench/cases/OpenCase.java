package org.carebench.cases;

import java.util.List;
import java.util.Map;

import org.carebench.core.ActivityEntry;
import org.carebench.core.Permission;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;

/**
 * A case as its editor shows it, read in one unit of work, with what the user may do decided by the service: the
 * screens enable what is allowed and show the refusal's reason on what is not, without re-deriving any rule.
 *
 * @param viewer                the user who opened it (his own notes are his to change)
 * @param nextStatuses          the statuses the workflow lets the case move to, each saying whether this user may
 * @param workflow              the project's workflow, named in the user's language (statuses, closing reasons)
 * @param assignable            who the case may be assigned to (users of the project who would see it)
 * @param teams                 the teams of the case's organization
 * @param people                the primary client, then the other participants
 * @param flagTypes             the project's flag types
 * @param possibleCollaborators users of the project (any organization of its network) who could work on the case
 * @param organizationNames     the names of the project's organizations, by id
 * @param roles                 the roles of the case's type, their holders and who could hold them
 * @param log                   the activity log, oldest first
 * @param refusals              for each permission the user lacks in the case's project, why he cannot use it
 */
public record OpenCase(CaseDetails details, UserRef viewer, List<StatusChoice> nextStatuses,
		Workflow workflow, List<UserRef> assignable, List<TeamRef> teams, List<CaseParticipant> people,
		List<CaseFlag> flags, List<FlagType> flagTypes, List<AttributeValue> attributes, List<RelatedCase> related,
		List<UserRef> possibleCollaborators, Map<Long, String> organizationNames, List<RoleChoice> roles,
		List<ActivityEntry> log, Map<Permission, String> refusals) {

	/** A status the case may move to; {@code refusal} says why this user may not, or is {@code null}. */
	public record StatusChoice(CaseStatus status, String refusal) {

		public boolean allowed() {
			return refusal == null;
		}
	}

	/** A role of the case's type; {@code holder} is {@code null} while nobody fills it. */
	public record RoleChoice(String roleCode, String roleName, UserRef holder, List<UserRef> candidates) {
	}

	public boolean allows(Permission permission) {
		return details.allows(permission);
	}

	/** Why the user may not use {@code permission} on this case ("Needs the permission …"), or {@code null}. */
	public String refusal(Permission permission) {
		return refusals.get(permission);
	}
}
