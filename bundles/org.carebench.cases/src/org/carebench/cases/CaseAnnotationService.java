package org.carebench.cases;

import java.util.List;

import org.carebench.core.Permission;

/**
 * Flags and attributes of cases. Changes need {@link Permission#FLAG_MANAGE} and {@link Permission#CASE_EDIT} in the
 * case's project (a project's flag types and attributes are defined through {@link CaseSetupService}); every change
 * is recorded in the case's activity log.
 */
public interface CaseAnnotationService {

	/** The flags of a case, open ones first, newest first. */
	List<CaseFlag> flags(long caseId);

	/** Raises a flag of one of the project's types on a case. */
	CaseFlag addFlag(long caseId, String flagCode, String comment);

	/** Resolves an open flag. */
	CaseFlag resolveFlag(long flagId);

	/** Every attribute of the case's project with the case's value (or none). */
	List<AttributeValue> attributes(long caseId);

	/**
	 * Sets an attribute of a case; a {@code null} or blank value clears it. A value that does not fit the type is
	 * refused with a message saying what was expected.
	 */
	AttributeValue setAttribute(long caseId, String attributeCode, String value);
}
