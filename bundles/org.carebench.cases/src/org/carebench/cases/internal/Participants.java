package org.carebench.cases.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseParticipant;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Jdbc;

/** Reads the people of a case: the primary client, then those added as participants. */
final class Participants {

	private Participants() {
	}

	static List<CaseParticipant> of(EntityManager em, CaseEntity theCase) {
		List<CaseParticipant> people = new ArrayList<>();
		ClientProfile primary = em.find(ClientProfile.class, theCase.getClientId());
		people.add(new CaseParticipant(primary.getId(), name(primary.isAnonymous(), primary.getFirstName(),
				primary.getLastName()), true, null));
		people.addAll(Jdbc.list(Jdbc.of(em), "SELECT p.client_id, cl.anonymous, cl.first_name, cl.last_name," //$NON-NLS-1$
				+ " p.relationship FROM case_participant p JOIN client_profile cl ON cl.id = p.client_id" //$NON-NLS-1$
				+ " WHERE p.case_id = ? ORDER BY cl.search_name, cl.id", //$NON-NLS-1$
				row -> new CaseParticipant(row.getLong(1), name(row.getBoolean(2), row.getString(3), row.getString(4)),
						false, row.getString(5)),
				theCase.getId()));
		return people;
	}

	private static String name(boolean anonymous, String first, String last) {
		return anonymous ? null : first + " " + last; //$NON-NLS-1$
	}
}
