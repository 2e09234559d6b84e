package org.carebench.cases;

import java.util.List;

import org.carebench.core.Permission;

/**
 * How a project works its cases: its workflow (statuses, transitions, closing reasons, close rules), flag types,
 * attributes, case types and settings. Reading needs {@link Permission#CASE_VIEW} in the project; defining needs
 * {@link Permission#PROJECT_ADMINISTER}.
 */
public interface CaseSetupService {

	/** What the administration log records for a project's case set-up (subject: the project). */
	String WORKFLOW_DEFINED = "cases.workflow"; //$NON-NLS-1$
	String FLAG_TYPES_DEFINED = "cases.flag-types"; //$NON-NLS-1$
	String ATTRIBUTES_DEFINED = "cases.attributes"; //$NON-NLS-1$
	String CASE_TYPE_DEFINED = "cases.case-type"; //$NON-NLS-1$
	String SETTINGS_DEFINED = "cases.settings"; //$NON-NLS-1$

	/** The workflow of a project (its own, or the default one), its names in the user's language. */
	Workflow workflow(long projectId);

	/** Gives a project its own workflow. Statuses that cases of the project are in cannot be removed. */
	Workflow defineWorkflow(long projectId, Workflow workflow);

	/** The close rules installed (each a {@link CloseRule} service), for choosing which a project applies. */
	List<CloseRuleInfo> closeRules();

	/** A close rule as administrators choose it. */
	record CloseRuleInfo(String id, String label) {
	}

	/** The flag types of a project (its own, or the default set). */
	List<FlagType> flagTypes(long projectId);

	/** Gives a project its own flag types. Types with flags on cases cannot be removed. */
	List<FlagType> defineFlagTypes(long projectId, List<FlagType> types);

	/** The attributes a project records, in their order. */
	List<AttributeDefinition> attributeDefinitions(long projectId);

	/**
	 * Sets a project's attributes, in this order. An attribute that cases have values for keeps its type and
	 * cannot be removed.
	 */
	List<AttributeDefinition> defineAttributes(long projectId, List<AttributeDefinition> definitions);

	/** The case types of a project, by name. */
	List<CaseType> caseTypes(long projectId);

	/** Creates or replaces (by code) a case type of a project. */
	CaseType defineCaseType(long projectId, CaseType type);

	/** How the project's cases behave (defaults when it set nothing). */
	CaseSettings settings(long projectId);

	CaseSettings defineSettings(long projectId, CaseSettings settings);
}
