package org.carebench.cases;

import java.util.List;

import org.carebench.core.Permission;

/**
 * The people of a case besides its primary client: family members and others associated with him. Changes need
 * {@link Permission#CASE_EDIT} and are logged.
 */
public interface ParticipantService {

	/** The people of a case: its primary client first, then the other participants. */
	List<CaseParticipant> participants(long caseId);

	/**
	 * Adds a client of the case's network as a participant.
	 *
	 * @param relationship how he relates to the primary client; may be blank
	 */
	List<CaseParticipant> addParticipant(long caseId, long clientId, String relationship);

	/** Removes a participant; the primary client cannot be removed. */
	List<CaseParticipant> removeParticipant(long caseId, long clientId);
}
