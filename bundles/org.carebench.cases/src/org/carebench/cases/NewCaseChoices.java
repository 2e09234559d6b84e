package org.carebench.cases;

import java.util.List;

import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;

/**
 * What the user may choose when he opens a case in a project, decided by the service: the project (one where his
 * role lets him open cases), its case types, who a new case of his organization may be assigned to (who would see
 * it), and who may hold the roles of a case type.
 */
public record NewCaseChoices(ProjectRef project, long organizationId, List<CaseType> caseTypes,
		List<UserRef> assignable, List<UserRef> roleCandidates) {
}
