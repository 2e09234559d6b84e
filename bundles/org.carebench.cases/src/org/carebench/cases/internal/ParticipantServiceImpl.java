package org.carebench.cases.internal;

import java.util.List;

import org.carebench.cases.CaseParticipant;
import org.carebench.cases.ParticipantService;
import org.carebench.core.ActivityLog;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ValidationException;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Project;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The people of a case, in case_participant; the primary client is the case's own. */
@Component(service = ParticipantService.class)
public class ParticipantServiceImpl implements ParticipantService {

	private static final int RELATIONSHIP_LENGTH = 60;

	private final CaseWork work;

	@Activate
	public ParticipantServiceImpl(@Reference ServiceContext context) {
		this.work = new CaseWork(context);
	}

	@Override
	public List<CaseParticipant> participants(long caseId) {
		return work.read(caseId, (em, entity, user) -> Participants.of(em, entity));
	}

	@Override
	public List<CaseParticipant> addParticipant(long caseId, long clientId, String relationship) {
		String text = Texts.optional("relationship", relationship, RELATIONSHIP_LENGTH); //$NON-NLS-1$
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.CASE_EDIT, Messages.Action_editParticipants, edit -> {
			CaseEntity entity = edit.entity();
			ClientProfile client = edit.em().find(ClientProfile.class, clientId);
			long networkId = edit.em().find(Project.class, entity.getProjectId()).getNetwork().getId();
			if (client == null || client.getNetworkId() != networkId) {
				throw new NotFoundException(NLS.bind(Messages.Participant_clientNotFound, clientId));
			}
			boolean present = entity.getClientId() == clientId || Jdbc.first(edit.connection(),
					"SELECT 1 FROM case_participant WHERE case_id = ? AND client_id = ?", row -> Boolean.TRUE, //$NON-NLS-1$
					caseId, clientId).isPresent();
			if (!present) {
				Jdbc.update(edit.connection(), "INSERT INTO case_participant (case_id, client_id, relationship, added_by," //$NON-NLS-1$
						+ " added_at) VALUES (?, ?, ?, ?, ?)", caseId, clientId, text, edit.actor().userId(), //$NON-NLS-1$
						UtcInstantConverter.toTimestamp(edit.now()));
				edit.log(ActivityLog.PARTICIPANT_ADDED, null, name(client), null);
			}
			return Participants.of(edit.em(), entity);
		});
	}

	@Override
	public List<CaseParticipant> removeParticipant(long caseId, long clientId) {
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.CASE_EDIT, Messages.Action_editParticipants, edit -> {
			CaseEntity entity = edit.entity();
			if (entity.getClientId() == clientId) {
				throw new ValidationException("participant", Messages.Participant_primaryStays); //$NON-NLS-1$
			}
			int removed = Jdbc.update(edit.connection(), "DELETE FROM case_participant WHERE case_id = ? AND client_id = ?", //$NON-NLS-1$
					caseId, clientId);
			if (removed > 0) {
				edit.log(ActivityLog.PARTICIPANT_REMOVED, name(edit.em().find(ClientProfile.class, clientId)), null,
						null);
			}
			return Participants.of(edit.em(), entity);
		});
	}

	private static String name(ClientProfile client) {
		return client.isAnonymous() ? Messages.Participant_anonymous
				: client.getFirstName() + " " + client.getLastName(); //$NON-NLS-1$
	}
}
