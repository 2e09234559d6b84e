package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.carebench.cases.CaseLinkService;
import org.carebench.cases.RelatableClient;
import org.carebench.cases.RelatedCase;
import org.carebench.core.ActivityLog;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ValidationException;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Links between cases whose clients are named, both ways, each logged in both cases. */
@Component(service = CaseLinkService.class)
public class CaseLinkServiceImpl implements CaseLinkService {

	private static final int MAX_RELATABLE = 500;

	private final CaseWork work;

	@Activate
	public CaseLinkServiceImpl(@Reference ServiceContext context) {
		this.work = new CaseWork(context);
	}

	@Override
	public List<RelatedCase> relatedCases(long caseId) {
		return work.read(caseId, (em, entity, user) -> CaseLinks.related(em, user, caseId));
	}

	@Override
	public List<RelatableClient> findRelatable(long caseId, String name, int limit) {
		int rows = Math.max(1, Math.min(limit, MAX_RELATABLE));
		return work.read(caseId, (em, entity, user) -> {
			ClientProfile client = namedClient(em, entity);
			Connection connection = Jdbc.of(em);
			String prefix = SearchText.fold(name == null ? "" : name); //$NON-NLS-1$
			List<Long> clientIds = new ArrayList<>();
			if (prefix.isEmpty()) {
				clientIds.addAll(Jdbc.list(connection, "SELECT id FROM client_profile WHERE network_id = ?" //$NON-NLS-1$
						+ " AND anonymous = FALSE AND id <> ? ORDER BY search_name, id FETCH FIRST " + rows + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
						row -> row.getLong(1), client.getNetworkId(), client.getId()));
			} else {
				String like = QuickSearch.likePrefix(prefix);
				for (String column : List.of("search_name", "search_first")) { //$NON-NLS-1$ //$NON-NLS-2$
					for (Long id : Jdbc.list(connection, "SELECT id FROM client_profile WHERE " + column //$NON-NLS-1$
							+ " LIKE ? ESCAPE '!' AND network_id = ? AND anonymous = FALSE AND id <> ? ORDER BY " //$NON-NLS-1$
							+ column + " FETCH FIRST " + rows + " ROWS ONLY", row -> row.getLong(1), like, //$NON-NLS-1$ //$NON-NLS-2$
							client.getNetworkId(), client.getId())) {
						if (!clientIds.contains(id)) {
							clientIds.add(id);
						}
					}
				}
			}
			List<RelatableClient> found = new ArrayList<>();
			for (long clientId : clientIds) {
				ClientProfile other = em.find(ClientProfile.class, clientId);
				List<RelatedCase> cases = Jdbc.list(connection, "SELECT id FROM care_case WHERE client_id = ? ORDER BY opened_at DESC", //$NON-NLS-1$
						row -> row.getLong(1), clientId).stream().filter(id -> id != caseId)
						.map(id -> CaseLinks.relatedCase(em, user, em.find(CaseEntity.class, id))).toList();
				found.add(new RelatableClient(clientId, other.getFirstName() + " " + other.getLastName(), //$NON-NLS-1$
						other.getBirthDate(), cases));
			}
			found.sort(Comparator.comparing((RelatableClient c) -> SearchText.fold(c.name())));
			return found.size() > rows ? found.subList(0, rows) : found;
		});
	}

	@Override
	public List<RelatedCase> link(long caseId, long relatedCaseId) {
		return changeLink(caseId, relatedCaseId, true);
	}

	@Override
	public List<RelatedCase> unlink(long caseId, long relatedCaseId) {
		return changeLink(caseId, relatedCaseId, false);
	}

	private List<RelatedCase> changeLink(long caseId, long relatedCaseId, boolean add) {
		boolean[] changed = { false };
		List<RelatedCase> related = work.change(caseId, CaseWork.ANY_VERSION, Permission.CASE_LINK,
				Messages.Action_linkCases, edit -> {
					EntityManager em = edit.em();
					CaseEntity entity = edit.entity();
					ClientProfile client = namedClient(em, entity);
					CaseEntity other = em.find(CaseEntity.class, relatedCaseId);
					if (other == null || relatedCaseId == caseId) {
						throw new NotFoundException(NLS.bind(Messages.Case_notFound, relatedCaseId));
					}
					ClientProfile otherClient = em.find(ClientProfile.class, other.getClientId());
					if (add && (otherClient.isAnonymous() || otherClient.getNetworkId() != client.getNetworkId())) {
						throw new ValidationException("relatedCase", NLS.bind(Messages.Link_notRelatable, other.getCode())); //$NON-NLS-1$
					}
					Connection connection = edit.connection();
					boolean linked = Jdbc.first(connection, "SELECT 1 FROM case_link WHERE case_id = ? AND related_case_id = ?", //$NON-NLS-1$
							row -> Boolean.TRUE, caseId, relatedCaseId).isPresent();
					if (linked != add) {
						if (add) {
							Timestamp at = UtcInstantConverter.toTimestamp(edit.now());
							String insert = "INSERT INTO case_link (case_id, related_case_id, linked_by, linked_at) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
							Jdbc.update(connection, insert, caseId, relatedCaseId, edit.actor().userId(), at);
							Jdbc.update(connection, insert, relatedCaseId, caseId, edit.actor().userId(), at);
						} else {
							Jdbc.update(connection, "DELETE FROM case_link WHERE (case_id = ? AND related_case_id = ?)" //$NON-NLS-1$
									+ " OR (case_id = ? AND related_case_id = ?)", caseId, relatedCaseId, relatedCaseId, //$NON-NLS-1$
									caseId);
						}
						String action = add ? ActivityLog.CASE_LINKED : ActivityLog.CASE_UNLINKED;
						edit.log(action, add ? null : other.getCode(), add ? other.getCode() : null, null);
						// the other case logs it too (its row stays as it is: whoever edits it is not disturbed)
						work.context().activityLog().record(em, relatedCaseId, edit.actor(), action,
								add ? null : entity.getCode(), add ? entity.getCode() : null, null);
						changed[0] = true;
					}
					return CaseLinks.related(em, edit.user(), caseId);
				});
		if (changed[0]) {
			work.changed(relatedCaseId);
		}
		return related;
	}

	/** The case's client, provided he is named: relating starts only from a case whose client is known. */
	private static ClientProfile namedClient(EntityManager em, CaseEntity entity) {
		ClientProfile client = em.find(ClientProfile.class, entity.getClientId());
		if (client.isAnonymous()) {
			throw new ValidationException("case", Messages.Link_anonymousCase); //$NON-NLS-1$
		}
		return client;
	}
}
