package org.carebench.cases;

import java.util.List;

import org.carebench.core.Permission;

/**
 * What caseworkers add to cases besides notes: flags, attributes and links to related cases. Changes need
 * {@link Permission#FLAG_MANAGE}, {@link Permission#CASE_EDIT} and {@link Permission#CASE_LINK} in the case's
 * project; the project's flag types and attributes are defined with {@link Permission#PROJECT_ADMINISTER}. Every
 * change is recorded in the case's activity log.
 */
public interface CaseAnnotationService {

	/** The flag types of a project (its own, or the default set). */
	List<FlagType> flagTypes(long projectId);

	/** Gives a project its own flag types. Types with flags on cases cannot be removed. */
	List<FlagType> defineFlagTypes(long projectId, List<FlagType> types);

	/** The flags of a case, open ones first, newest first. */
	List<CaseFlag> flags(long caseId);

	/** Raises a flag of one of the project's types on a case. */
	CaseFlag addFlag(long caseId, String flagCode, String comment);

	/** Resolves an open flag. */
	CaseFlag resolveFlag(long flagId);

	/** The attributes a project records, in their order. */
	List<AttributeDefinition> attributeDefinitions(long projectId);

	/**
	 * Sets a project's attributes, in this order. An attribute that cases have values for keeps its type and
	 * cannot be removed.
	 */
	List<AttributeDefinition> defineAttributes(long projectId, List<AttributeDefinition> definitions);

	/** Every attribute of the case's project with the case's value (or none). */
	List<AttributeValue> attributes(long caseId);

	/**
	 * Sets an attribute of a case; a {@code null} or blank value clears it. A value that does not fit the type is
	 * refused with a message saying what was expected.
	 */
	AttributeValue setAttribute(long caseId, String attributeCode, String value);

	/** The cases linked to a case. */
	List<RelatedCase> relatedCases(long caseId);

	/**
	 * Named clients of the case's network whose first or last name starts with {@code name} (accent- and
	 * case-insensitive), with their cases; an empty name finds every named client, by name, up to
	 * {@code limit}. Only from a case whose client is named: an anonymous case cannot be related.
	 */
	List<RelatableClient> findRelatable(long caseId, String name, int limit);

	/** Links two cases of the network whose clients are named. */
	List<RelatedCase> link(long caseId, long relatedCaseId);

	List<RelatedCase> unlink(long caseId, long relatedCaseId);

	/** The people of a case: its primary client first, then the other participants. */
	List<CaseParticipant> participants(long caseId);

	/**
	 * Adds a client of the case's network as a participant (a family member, someone associated with the primary
	 * client); needs {@link org.carebench.core.Permission#CASE_EDIT}.
	 *
	 * @param relationship how he relates to the primary client; may be blank
	 */
	List<CaseParticipant> addParticipant(long caseId, long clientId, String relationship);

	/** Removes a participant; the primary client cannot be removed. */
	List<CaseParticipant> removeParticipant(long caseId, long clientId);
}
