package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.CaseSettings;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.CaseType;
import org.carebench.cases.FlagType;
import org.carebench.cases.Workflow;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.Transactions;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A project's set-up, in SQL: workflows, flag types, attributes, case types and settings. */
@Component(service = CaseSetupService.class)
public class CaseSetupServiceImpl implements CaseSetupService {

	private final ServiceContext context;
	private final CloseRules closeRules;

	@Activate
	public CaseSetupServiceImpl(@Reference ServiceContext context, @Reference CloseRules closeRules) {
		this.context = context;
		this.closeRules = closeRules;
	}

	/**
	 * Reads a project's set-up: for those who work in it or administer it; the defaults are everyone's.
	 */
	private <T> T readSetup(long projectId, Transactions.SqlWork<T> read) {
		if (projectId != Workflows.DEFAULT && !context.user().allows(projectId, Permission.CASE_VIEW)) {
			context.access().require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_viewCaseTypes);
		}
		return context.query(read);
	}

	/**
	 * Changes a project's set-up in one unit of work that also records, in the administration log, what it was
	 * ({@code current}) and what it became.
	 */
	private <T> T change(long projectId, String action, Function<Connection, ?> current,
			Function<Connection, T> change) {
		return context.write(em -> {
			Connection connection = Jdbc.of(em);
			Object before = current.apply(connection);
			T after = change.apply(connection);
			context.administered(em, action, Subject.of(AdministrationLog.PROJECT, projectId),
					before == null ? null : before.toString(), after.toString());
			return after;
		});
	}

	private void requireAdministrator(long projectId, String action) {
		context.access().require(projectId, Permission.PROJECT_ADMINISTER, action);
	}

	@Override
	public Workflow workflow(long projectId) {
		return readSetup(projectId, connection -> Workflows.of(connection, projectId));
	}

	@Override
	public Workflow defineWorkflow(long projectId, Workflow workflow) {
		requireAdministrator(projectId, Messages.Action_defineWorkflow);
		WorkflowValidation.check(workflow);
		Set<String> closeRuleIds = new HashSet<>(closeRules.all().stream().map(rule -> rule.id()).toList());
		for (String rule : workflow.closeRules()) {
			if (!closeRuleIds.contains(rule)) {
				throw new ValidationException("closeRules", NLS.bind(Messages.Workflow_unknownCloseRule, rule)); //$NON-NLS-1$
			}
		}
		return change(projectId, CaseSetupService.WORKFLOW_DEFINED, connection -> Workflows.of(connection, projectId),
				connection -> {
			for (String used : Workflows.statusesInUse(connection, projectId)) {
				if (workflow.status(used).isEmpty()) {
					throw new ValidationException("statuses", NLS.bind(Messages.Workflow_statusInUse, used)); //$NON-NLS-1$
				}
			}
			Workflows.define(connection, projectId, workflow);
			return Workflows.of(connection, projectId);
		});
	}

	@Override
	public List<CloseRuleInfo> closeRules() {
		return closeRules.all().stream().map(rule -> new CloseRuleInfo(rule.id(), rule.label())).toList();
	}

	@Override
	public List<FlagType> flagTypes(long projectId) {
		return readSetup(projectId, connection -> Annotations.flagTypes(connection, projectId));
	}

	@Override
	public List<FlagType> defineFlagTypes(long projectId, List<FlagType> types) {
		requireAdministrator(projectId, Messages.Action_defineFlags);
		Set<String> codes = WorkflowValidation.codes("flagTypes", types, FlagType::code, FlagType::name); //$NON-NLS-1$
		return change(projectId, CaseSetupService.FLAG_TYPES_DEFINED,
				connection -> Annotations.flagTypes(connection, projectId), connection -> {
			for (String used : Jdbc.list(connection, "SELECT DISTINCT f.flag_code FROM case_flag f JOIN care_case c" //$NON-NLS-1$
					+ " ON c.id = f.case_id WHERE c.project_id = ?", row -> row.getString(1), projectId)) { //$NON-NLS-1$
				if (!codes.contains(used)) {
					throw new ValidationException("flagTypes", NLS.bind(Messages.Flag_typeInUse, used)); //$NON-NLS-1$
				}
			}
			Jdbc.update(connection, "DELETE FROM flag_type WHERE project_id = ?", projectId); //$NON-NLS-1$
			int position = 0;
			for (FlagType type : types) {
				Jdbc.update(connection, "INSERT INTO flag_type (project_id, code, name, position) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
						projectId, type.code(), type.name().strip(), position += 10);
			}
			return Annotations.flagTypes(connection, projectId);
		});
	}

	@Override
	public List<AttributeDefinition> attributeDefinitions(long projectId) {
		return readSetup(projectId, connection -> Annotations.attributeDefinitions(connection, projectId));
	}

	@Override
	public List<AttributeDefinition> defineAttributes(long projectId, List<AttributeDefinition> definitions) {
		requireAdministrator(projectId, Messages.Action_defineAttributes);
		if (definitions.stream().anyMatch(definition -> definition.type() == null)) {
			throw new ValidationException("attributes", Messages.Attribute_typeMissing); //$NON-NLS-1$
		}
		Set<String> codes = WorkflowValidation.codes("attributes", definitions, AttributeDefinition::code, //$NON-NLS-1$
				AttributeDefinition::name);
		return change(projectId, CaseSetupService.ATTRIBUTES_DEFINED,
				connection -> Annotations.attributeDefinitions(connection, projectId), connection -> {
			Map<String, AttributeDefinition> existing = new HashMap<>();
			Annotations.attributeDefinitions(connection, projectId).forEach(d -> existing.put(d.code(), d));
			Set<String> used = new HashSet<>(Jdbc.list(connection, "SELECT DISTINCT a.code FROM case_attribute a" //$NON-NLS-1$
					+ " JOIN care_case c ON c.id = a.case_id WHERE c.project_id = ?", row -> row.getString(1), projectId)); //$NON-NLS-1$
			for (String code : used) {
				AttributeDefinition next = definitions.stream().filter(d -> d.code().equals(code)).findFirst()
						.orElse(null);
				if (next == null || existing.containsKey(code) && existing.get(code).type() != next.type()) {
					throw new ValidationException("attributes", NLS.bind(Messages.Attribute_inUse, //$NON-NLS-1$
							existing.containsKey(code) ? existing.get(code).name() : code));
				}
			}
			Jdbc.update(connection, "DELETE FROM attribute_definition WHERE project_id = ?", projectId); //$NON-NLS-1$
			int position = 0;
			for (AttributeDefinition definition : definitions) {
				Jdbc.update(connection, "INSERT INTO attribute_definition (project_id, code, name, value_type, position)" //$NON-NLS-1$
						+ " VALUES (?, ?, ?, ?, ?)", projectId, definition.code(), definition.name().strip(), //$NON-NLS-1$
						definition.type().name(), position += 10);
			}
			return Annotations.attributeDefinitions(connection, projectId);
		});
	}

	@Override
	public List<CaseType> caseTypes(long projectId) {
		return readSetup(projectId, connection -> Timelines.caseTypes(connection, projectId));
	}

	@Override
	public CaseType defineCaseType(long projectId, CaseType type) {
		requireAdministrator(projectId, Messages.Action_defineCaseType);
		WorkflowValidation.check(type);
		return change(projectId, CaseSetupService.CASE_TYPE_DEFINED,
				connection -> Timelines.caseTypes(connection, projectId).stream()
						.filter(existing -> existing.code().equals(type.code())).findFirst().orElse(null),
				connection -> {
			long id = Timelines.save(connection, projectId, type);
			return Timelines.caseType(connection, id).orElseThrow();
		});
	}

	@Override
	public CaseSettings settings(long projectId) {
		return readSetup(projectId, connection -> StatusMoves.settings(connection, projectId));
	}

	@Override
	public CaseSettings defineSettings(long projectId, CaseSettings settings) {
		requireAdministrator(projectId, Messages.Action_defineSettings);
		return change(projectId, CaseSetupService.SETTINGS_DEFINED,
				connection -> StatusMoves.settings(connection, projectId), connection -> {
			Jdbc.update(connection, "DELETE FROM case_setting WHERE project_id = ?", projectId); //$NON-NLS-1$
			Jdbc.update(connection, "INSERT INTO case_setting (project_id, cancel_activities_on_close) VALUES (?, ?)", //$NON-NLS-1$
					projectId, settings.cancelActivitiesOnClose());
			return StatusMoves.settings(connection, projectId);
		});
	}
}
