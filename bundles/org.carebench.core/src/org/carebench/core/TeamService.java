package org.carebench.core;

import java.util.List;

/**
 * The teams of an organization (cases may be assigned to a team). Managing them needs
 * {@link Permission#PROJECT_ADMINISTER} in one of the organization's projects, in one's own organization
 * ({@link Permission#SYSTEM_ADMINISTER} in any).
 */
public interface TeamService {

	/**
	 * Creates a team in an organization: needs {@link Permission#PROJECT_ADMINISTER} in one of its projects, in
	 * one's own organization ({@link Permission#SYSTEM_ADMINISTER} in any).
	 */
	TeamRef createTeam(long organizationId, String name);

	/** Puts a user of the team's organization in the team (same permission as creating it). */
	void addTeamMember(long teamId, long userId);

	/** Takes a user out of a team (same permission as creating it). */
	void removeTeamMember(long teamId, long userId);

	/** The teams of an organization, by name. */
	List<TeamRef> teams(long organizationId);

	/** The members of a team, by name. */
	List<UserRef> teamMembers(long teamId);

	/** The teams a user belongs to. */
	List<TeamRef> teamsOf(long userId);
}
