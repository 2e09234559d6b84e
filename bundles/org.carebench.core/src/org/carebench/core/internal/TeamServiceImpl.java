package org.carebench.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.ForbiddenException;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.TeamRef;
import org.carebench.core.TeamService;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Organization;
import org.carebench.core.model.Project;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The teams of organizations and their members, in SQL. */
@Component(service = TeamService.class)
public class TeamServiceImpl implements TeamService {

	private final ServiceContext context;

	@Activate
	public TeamServiceImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public TeamRef createTeam(long organizationId, String name) {
		String checkedName = DirectoryServiceImpl.required("name", name, 100); //$NON-NLS-1$
		return context.write(em -> {
			Organization organization = organizationForTeams(em, organizationId);
			Connection connection = Jdbc.of(em);
			boolean taken = Jdbc.first(connection, "SELECT 1 FROM team WHERE organization_id = ? AND name = ?", //$NON-NLS-1$
					row -> Boolean.TRUE, organization.getId(), checkedName).isPresent();
			if (taken) {
				throw new ValidationException("name", NLS.bind(Messages.Directory_teamNameTaken, checkedName)); //$NON-NLS-1$
			}
			long id = Jdbc.reserveIds(connection, "team", 1); //$NON-NLS-1$
			Jdbc.update(connection, "INSERT INTO team (id, organization_id, name) VALUES (?, ?, ?)", id, //$NON-NLS-1$
					organization.getId(), checkedName);
			context.administered(em, AdministrationLog.TEAM_CREATED, Subject.of(AdministrationLog.TEAM, id), null,
					checkedName + " (" + organization.getName() + ')'); //$NON-NLS-1$
			return new TeamRef(id, organization.getId(), checkedName);
		});
	}

	@Override
	public void addTeamMember(long teamId, long userId) {
		changeTeamMember(teamId, userId, true);
	}

	@Override
	public void removeTeamMember(long teamId, long userId) {
		changeTeamMember(teamId, userId, false);
	}

	private void changeTeamMember(long teamId, long userId, boolean add) {
		context.write(em -> {
			Connection connection = Jdbc.of(em);
			TeamRef team = team(connection, teamId);
			organizationForTeams(em, team.organizationId());
			UserAccount user = em.find(UserAccount.class, userId);
			if (user == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchUser, userId));
			}
			if (add && user.getOrganization().getId() != team.organizationId()) {
				throw new ValidationException("user", //$NON-NLS-1$
						NLS.bind(Messages.Directory_teamOtherOrganization, user.getDisplayName(), team.name()));
			}
			boolean member = Jdbc.first(connection, "SELECT 1 FROM team_member WHERE team_id = ? AND user_id = ?", //$NON-NLS-1$
					row -> Boolean.TRUE, teamId, userId).isPresent();
			if (add && !member) {
				Jdbc.update(connection, "INSERT INTO team_member (team_id, user_id) VALUES (?, ?)", teamId, userId); //$NON-NLS-1$
				context.administered(em, AdministrationLog.TEAM_MEMBER_ADDED, Subject.of(AdministrationLog.TEAM, teamId),
						null, user.toRef().login());
			} else if (!add && member) {
				Jdbc.update(connection, "DELETE FROM team_member WHERE team_id = ? AND user_id = ?", teamId, userId); //$NON-NLS-1$
				context.administered(em, AdministrationLog.TEAM_MEMBER_REMOVED,
						Subject.of(AdministrationLog.TEAM, teamId), user.toRef().login(), null);
			}
			return null;
		});
	}

	/** The organization, provided the user may manage its teams. */
	private Organization organizationForTeams(EntityManager em, long organizationId) {
		Organization organization = em.find(Organization.class, organizationId);
		if (organization == null) {
			throw new NotFoundException(NLS.bind(Messages.Directory_noSuchOrganization, organizationId));
		}
		UserAccess user = context.user();
		if (!user.allowsAnywhere(Permission.SYSTEM_ADMINISTER)) {
			context.access().requireInAny(organization.getProjects().stream().map(Project::getId).toList(),
					Permission.PROJECT_ADMINISTER, Messages.Action_manageTeams);
			if (user.user().organizationId() != organizationId) {
				throw new ForbiddenException(Permission.SYSTEM_ADMINISTER,
						NLS.bind(Messages.Directory_teamsOfOtherOrganization, organization.getName()));
			}
		}
		return organization;
	}

	private static TeamRef team(Connection connection, long teamId) {
		return Jdbc.first(connection, "SELECT id, organization_id, name FROM team WHERE id = ?", //$NON-NLS-1$
				TeamServiceImpl::team, teamId)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Directory_noSuchTeam, teamId)));
	}

	private static TeamRef team(ResultSet row) throws SQLException {
		return new TeamRef(row.getLong(1), row.getLong(2), row.getString(3));
	}

	@Override
	public List<TeamRef> teams(long organizationId) {
		return context.query(connection -> Jdbc.list(connection,
				"SELECT id, organization_id, name FROM team WHERE organization_id = ? ORDER BY name", //$NON-NLS-1$
				TeamServiceImpl::team, organizationId));
	}

	@Override
	public List<UserRef> teamMembers(long teamId) {
		return context.read(em -> Jdbc
				.list(Jdbc.of(em), "SELECT user_id FROM team_member WHERE team_id = ?", row -> row.getLong(1), teamId) //$NON-NLS-1$
				.stream().map(id -> em.find(UserAccount.class, id).toRef())
				.sorted(Comparator.comparing(UserRef::displayName)).toList());
	}

	@Override
	public List<TeamRef> teamsOf(long userId) {
		return context.query(connection -> Jdbc.list(connection,
				"SELECT t.id, t.organization_id, t.name FROM team t JOIN team_member m ON m.team_id = t.id" //$NON-NLS-1$
						+ " WHERE m.user_id = ? ORDER BY t.name", //$NON-NLS-1$
				TeamServiceImpl::team, userId));
	}

}
