package org.carebench.planning.internal;

import java.sql.Connection;
import java.util.List;

import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.PlanSetupService;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A project's lists of goals and basic plan items, in SQL; the item types from their registry. */
@Component(service = PlanSetupService.class)
public class PlanSetupServiceImpl implements PlanSetupService {

	private final ServiceContext context;
	private final PlanItemTypes types;

	@Activate
	public PlanSetupServiceImpl(@Reference ServiceContext context, @Reference PlanItemTypes types) {
		this.context = context;
		this.types = types;
	}

	@Override
	public List<ItemTypeInfo> itemTypes() {
		return types.infos();
	}

	@Override
	public List<GoalDefinition> goalDefinitions(long projectId) {
		context.access().require(projectId, Permission.CASE_VIEW, Messages.Action_viewPlans);
		return context.query(connection -> Jdbc.list(connection,
				"SELECT id, name FROM plan_goal_definition WHERE project_id = ? ORDER BY name", //$NON-NLS-1$
				row -> new GoalDefinition(row.getLong(1), projectId, row.getString(2)), projectId));
	}

	@Override
	public GoalDefinition defineGoal(long projectId, String name) {
		context.access().require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_definePlans);
		String text = ItemChecks.required("name", Messages.Field_name, name, ItemChecks.NAME_LENGTH); //$NON-NLS-1$
		return context.write(em -> {
			Connection connection = Jdbc.of(em);
			unique(connection, "plan_goal_definition", projectId, text); //$NON-NLS-1$
			long id = PlanStore.reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_goal_definition (id, project_id, name) VALUES (?, ?, ?)", id, //$NON-NLS-1$
					projectId, text);
			context.administered(em, PlanSetupService.GOAL_DEFINED, Subject.of(AdministrationLog.PROJECT, projectId),
					null, text);
			return new GoalDefinition(id, projectId, text);
		});
	}

	@Override
	public List<ItemDefinition> itemDefinitions(long projectId) {
		context.access().require(projectId, Permission.CASE_VIEW, Messages.Action_viewPlans);
		return context.query(connection -> Jdbc.list(connection,
				"SELECT id, name, purpose FROM plan_item_definition WHERE project_id = ? ORDER BY name", //$NON-NLS-1$
				row -> new ItemDefinition(row.getLong(1), projectId, row.getString(2), row.getString(3)), projectId));
	}

	@Override
	public ItemDefinition defineItem(long projectId, String name, String purpose) {
		context.access().require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_definePlans);
		String text = ItemChecks.required("name", Messages.Field_name, name, ItemChecks.NAME_LENGTH); //$NON-NLS-1$
		String why = ItemChecks.optional("purpose", Messages.Field_purpose, purpose, ItemChecks.LONG_TEXT); //$NON-NLS-1$
		return context.write(em -> {
			Connection connection = Jdbc.of(em);
			unique(connection, "plan_item_definition", projectId, text); //$NON-NLS-1$
			long id = PlanStore.reserveIds(connection, 1);
			Jdbc.update(connection, "INSERT INTO plan_item_definition (id, project_id, name, purpose) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
					id, projectId, text, why);
			context.administered(em, PlanSetupService.ITEM_DEFINED, Subject.of(AdministrationLog.PROJECT, projectId),
					null, why == null ? text : text + ": " + why); //$NON-NLS-1$
			return new ItemDefinition(id, projectId, text, why);
		});
	}

	private static void unique(Connection connection, String table, long projectId, String name) {
		if (Jdbc.first(connection, "SELECT 1 FROM " + table + " WHERE project_id = ? AND name = ?", //$NON-NLS-1$ //$NON-NLS-2$
				row -> Boolean.TRUE, projectId, name).isPresent()) {
			throw new ValidationException("name", NLS.bind(Messages.Definition_exists, name)); //$NON-NLS-1$
		}
	}
}
