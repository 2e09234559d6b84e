package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeValue;
import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseFlag;
import org.carebench.cases.CaseParticipant;
import org.carebench.cases.FlagType;
import org.carebench.cases.RelatableClient;
import org.carebench.cases.RelatedCase;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityLog;
import org.carebench.core.Actor;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.ClientProfile;
import org.carebench.core.model.IdBlocks;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.Project;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** Flags, attributes and related cases, kept in their own tables and read with SQL. */
@Component(service = CaseAnnotationService.class)
public class CaseAnnotationServiceImpl implements CaseAnnotationService {

	private static final int COMMENT_LENGTH = 500;
	private static final int RELATIONSHIP_LENGTH = 60;
	private static final int MAX_RELATABLE = 500;

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final ActivityLog activityLog;
	private final Clock clock;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;

	@Activate
	public CaseAnnotationServiceImpl(@Reference Transactions transactions, @Reference Session session,
			@Reference AccessPolicy access, @Reference ActivityLog activityLog) {
		this(transactions, session, access, activityLog, Clock.systemUTC());
	}

	public CaseAnnotationServiceImpl(Transactions transactions, Session session, AccessPolicy access,
			ActivityLog activityLog, Clock clock) {
		this.transactions = transactions;
		this.session = session;
		this.access = access;
		this.activityLog = activityLog;
		this.clock = clock;
	}

	// ---- flags

	@Override
	public List<FlagType> flagTypes(long projectId) {
		return transactions.query(connection -> Annotations.flagTypes(connection, projectId));
	}

	@Override
	public List<FlagType> defineFlagTypes(long projectId, List<FlagType> types) {
		access.require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_defineFlags);
		Set<String> codes = new HashSet<>();
		for (FlagType type : types) {
			WorkflowValidation.code("flagTypes", type.code(), type.name()); //$NON-NLS-1$
			if (!codes.add(type.code())) {
				throw new ValidationException("flagTypes", NLS.bind(Messages.Workflow_duplicateCode, type.code())); //$NON-NLS-1$
			}
		}
		return transactions.write(em -> {
			Connection connection = Jdbc.of(em);
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
	public List<CaseFlag> flags(long caseId) {
		UserAccess user = access.current();
		return transactions.read(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			return Annotations.flags(em, entity.getProjectId(), "f.case_id = ?", caseId); //$NON-NLS-1$
		});
	}

	@Override
	public CaseFlag addFlag(long caseId, String flagCode, String comment) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		String text = optionalText("comment", comment, COMMENT_LENGTH); //$NON-NLS-1$
		CaseFlag flag = transactions.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.FLAG_MANAGE, Messages.Action_manageFlags);
			Connection connection = Jdbc.of(em);
			FlagType type = Annotations.flagType(connection, entity.getProjectId(), flagCode);
			Instant now = clock.instant();
			long id = Jdbc.reserveIds(connection, "case_flag", 1); //$NON-NLS-1$
			Jdbc.update(connection, "INSERT INTO case_flag (id, case_id, flag_code, comment_text, added_by, added_at)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?, ?, ?, ?)", id, caseId, type.code(), text, actor.userId(), //$NON-NLS-1$
					UtcInstantConverter.toTimestamp(now));
			entity.setLastActivityAt(now);
			activityLog.record(em, caseId, actor, ActivityLog.FLAG_ADDED, null, type.name(), text);
			em.flush();
			return Annotations.flags(em, entity.getProjectId(), "f.id = ?", id).get(0); //$NON-NLS-1$
		});
		CaseChanges.post(eventAdmin, caseId);
		return flag;
	}

	@Override
	public CaseFlag resolveFlag(long flagId) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		CaseFlag flag = transactions.write(em -> {
			Connection connection = Jdbc.of(em);
			long caseId = Jdbc.first(connection, "SELECT case_id FROM case_flag WHERE id = ?", row -> row.getLong(1), //$NON-NLS-1$
					flagId).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Flag_notFound, flagId)));
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.FLAG_MANAGE, Messages.Action_manageFlags);
			CaseFlag before = Annotations.flags(em, entity.getProjectId(), "f.id = ?", flagId).get(0); //$NON-NLS-1$
			if (!before.isOpen()) {
				return before;
			}
			Instant now = clock.instant();
			Jdbc.update(connection, "UPDATE case_flag SET resolved_by = ?, resolved_at = ? WHERE id = ?", //$NON-NLS-1$
					actor.userId(), UtcInstantConverter.toTimestamp(now), flagId);
			entity.setLastActivityAt(now);
			activityLog.record(em, caseId, actor, ActivityLog.FLAG_RESOLVED, before.type().name(), null,
					before.comment());
			em.flush();
			return Annotations.flags(em, entity.getProjectId(), "f.id = ?", flagId).get(0); //$NON-NLS-1$
		});
		CaseChanges.post(eventAdmin, flag.caseId());
		return flag;
	}

	// ---- attributes

	@Override
	public List<AttributeDefinition> attributeDefinitions(long projectId) {
		return transactions.query(connection -> Annotations.attributeDefinitions(connection, projectId));
	}

	@Override
	public List<AttributeDefinition> defineAttributes(long projectId, List<AttributeDefinition> definitions) {
		access.require(projectId, Permission.PROJECT_ADMINISTER, Messages.Action_defineAttributes);
		Set<String> codes = new HashSet<>();
		for (AttributeDefinition definition : definitions) {
			WorkflowValidation.code("attributes", definition.code(), definition.name()); //$NON-NLS-1$
			if (definition.type() == null || !codes.add(definition.code())) {
				throw new ValidationException("attributes", //$NON-NLS-1$
						NLS.bind(Messages.Workflow_duplicateCode, definition.code()));
			}
		}
		return transactions.write(em -> {
			Connection connection = Jdbc.of(em);
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
	public List<AttributeValue> attributes(long caseId) {
		UserAccess user = access.current();
		return transactions.read(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			return Annotations.attributes(Jdbc.of(em), entity.getProjectId(), caseId);
		});
	}

	@Override
	public AttributeValue setAttribute(long caseId, String attributeCode, String value) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		AttributeValue changed = transactions.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.CASE_EDIT, Messages.Action_editAttributes);
			Connection connection = Jdbc.of(em);
			AttributeValue before = Annotations.attributes(connection, entity.getProjectId(), caseId).stream()
					.filter(a -> a.definition().code().equals(attributeCode)).findFirst()
					.orElseThrow(() -> new ValidationException("attribute", //$NON-NLS-1$
							NLS.bind(Messages.Attribute_unknown, attributeCode)));
			AttributeValues.Stored stored = AttributeValues.parse(before.definition(), value);
			String after = stored == null ? null : stored.display();
			if (Objects.equals(before.value(), after)) {
				return before;
			}
			Annotations.writeAttribute(connection, caseId, attributeCode, stored);
			entity.setLastActivityAt(clock.instant());
			activityLog.record(em, caseId, actor, ActivityLog.ATTRIBUTE_CHANGED, before.value(), after,
					before.definition().name());
			em.flush();
			return new AttributeValue(before.definition(), after);
		});
		CaseChanges.post(eventAdmin, caseId);
		return changed;
	}

	// ---- related cases

	@Override
	public List<RelatedCase> relatedCases(long caseId) {
		UserAccess user = access.current();
		return transactions.read(em -> {
			CaseAccessRules.visibleCase(em, user, caseId);
			return related(em, user, caseId);
		});
	}

	@Override
	public List<RelatableClient> findRelatable(long caseId, String name, int limit) {
		UserAccess user = access.current();
		int rows = Math.max(1, Math.min(limit, MAX_RELATABLE));
		return transactions.read(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
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
						.map(id -> relatedCase(em, user, em.find(CaseEntity.class, id))).toList();
				found.add(new RelatableClient(clientId, other.getFirstName() + " " + other.getLastName(), //$NON-NLS-1$
						other.getBirthDate(), cases));
			}
			found.sort(java.util.Comparator.comparing((RelatableClient c) -> SearchText.fold(c.name())));
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
		Actor actor = session.actor();
		UserAccess user = access.current();
		List<RelatedCase> related = transactions.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.CASE_LINK, Messages.Action_linkCases);
			ClientProfile client = namedClient(em, entity);
			CaseEntity other = em.find(CaseEntity.class, relatedCaseId);
			if (other == null || relatedCaseId == caseId) {
				throw new NotFoundException(NLS.bind(Messages.Case_notFound, relatedCaseId));
			}
			ClientProfile otherClient = em.find(ClientProfile.class, other.getClientId());
			if (add && (otherClient.isAnonymous() || otherClient.getNetworkId() != client.getNetworkId())) {
				throw new ValidationException("relatedCase", NLS.bind(Messages.Link_notRelatable, other.getCode())); //$NON-NLS-1$
			}
			Connection connection = Jdbc.of(em);
			boolean linked = Jdbc.first(connection, "SELECT 1 FROM case_link WHERE case_id = ? AND related_case_id = ?", //$NON-NLS-1$
					row -> Boolean.TRUE, caseId, relatedCaseId).isPresent();
			if (linked != add) {
				Instant now = clock.instant();
				if (add) {
					Timestamp at = UtcInstantConverter.toTimestamp(now);
					String insert = "INSERT INTO case_link (case_id, related_case_id, linked_by, linked_at) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
					Jdbc.update(connection, insert, caseId, relatedCaseId, actor.userId(), at);
					Jdbc.update(connection, insert, relatedCaseId, caseId, actor.userId(), at);
				} else {
					Jdbc.update(connection, "DELETE FROM case_link WHERE (case_id = ? AND related_case_id = ?)" //$NON-NLS-1$
							+ " OR (case_id = ? AND related_case_id = ?)", caseId, relatedCaseId, relatedCaseId, caseId); //$NON-NLS-1$
				}
				String action = add ? ActivityLog.CASE_LINKED : ActivityLog.CASE_UNLINKED;
				entity.setLastActivityAt(now);
				activityLog.record(em, caseId, actor, action, add ? null : other.getCode(), add ? other.getCode() : null,
						null);
				activityLog.record(em, relatedCaseId, actor, action, add ? null : entity.getCode(),
						add ? entity.getCode() : null, null);
				em.flush();
			}
			return related(em, user, caseId);
		});
		CaseChanges.post(eventAdmin, caseId, relatedCaseId);
		return related;
	}

	@Override
	public List<CaseParticipant> participants(long caseId) {
		UserAccess user = access.current();
		return transactions.read(em -> Participants.of(em, CaseAccessRules.visibleCase(em, user, caseId)));
	}

	@Override
	public List<CaseParticipant> addParticipant(long caseId, long clientId, String relationship) {
		String text = optionalText("relationship", relationship, RELATIONSHIP_LENGTH); //$NON-NLS-1$
		return changeParticipant(caseId, clientId, (em, entity, client) -> {
			if (client == null || client.getNetworkId() != networkOf(em, entity)) {
				throw new NotFoundException(NLS.bind(Messages.Participant_clientNotFound, clientId));
			}
			boolean present = entity.getClientId() == clientId || Jdbc.first(Jdbc.of(em),
					"SELECT 1 FROM case_participant WHERE case_id = ? AND client_id = ?", row -> Boolean.TRUE, //$NON-NLS-1$
					caseId, clientId).isPresent();
			if (present) {
				return null;
			}
			Jdbc.update(Jdbc.of(em), "INSERT INTO case_participant (case_id, client_id, relationship, added_by, added_at)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?, ?, ?)", caseId, clientId, text, session.actor().userId(), //$NON-NLS-1$
					UtcInstantConverter.toTimestamp(clock.instant()));
			return ActivityLog.PARTICIPANT_ADDED;
		});
	}

	@Override
	public List<CaseParticipant> removeParticipant(long caseId, long clientId) {
		return changeParticipant(caseId, clientId, (em, entity, client) -> {
			if (entity.getClientId() == clientId) {
				throw new ValidationException("participant", Messages.Participant_primaryStays); //$NON-NLS-1$
			}
			int removed = Jdbc.update(Jdbc.of(em), "DELETE FROM case_participant WHERE case_id = ? AND client_id = ?", //$NON-NLS-1$
					caseId, clientId);
			return removed == 0 ? null : ActivityLog.PARTICIPANT_REMOVED;
		});
	}

	/** A change of a case's participants; returns the action to log, or {@code null} when nothing changed. */
	@FunctionalInterface
	private interface ParticipantChange {
		String apply(EntityManager em, CaseEntity entity, ClientProfile client);
	}

	private List<CaseParticipant> changeParticipant(long caseId, long clientId, ParticipantChange change) {
		Actor actor = session.actor();
		UserAccess user = access.current();
		List<CaseParticipant> people = transactions.write(em -> {
			CaseEntity entity = CaseAccessRules.visibleCase(em, user, caseId);
			access.require(entity.getProjectId(), Permission.CASE_EDIT, Messages.Action_editParticipants);
			ClientProfile client = em.find(ClientProfile.class, clientId);
			String action = change.apply(em, entity, client);
			if (action != null) {
				String name = client.isAnonymous() ? Messages.Participant_anonymous
						: client.getFirstName() + " " + client.getLastName(); //$NON-NLS-1$
				boolean added = action.equals(ActivityLog.PARTICIPANT_ADDED);
				entity.setLastActivityAt(clock.instant());
				activityLog.record(em, caseId, actor, action, added ? null : name, added ? name : null, null);
				em.flush();
			}
			return Participants.of(em, entity);
		});
		CaseChanges.post(eventAdmin, caseId);
		return people;
	}

	private static long networkOf(EntityManager em, CaseEntity entity) {
		return em.find(Project.class, entity.getProjectId()).getNetwork().getId();
	}

	/** The case's client, provided he is named: relating starts only from a case whose client is known. */
	private static ClientProfile namedClient(EntityManager em, CaseEntity entity) {
		ClientProfile client = em.find(ClientProfile.class, entity.getClientId());
		if (client.isAnonymous()) {
			throw new ValidationException("case", Messages.Link_anonymousCase); //$NON-NLS-1$
		}
		return client;
	}

	private static List<RelatedCase> related(EntityManager em, UserAccess user, long caseId) {
		return Jdbc.list(Jdbc.of(em), "SELECT related_case_id FROM case_link WHERE case_id = ? ORDER BY linked_at", //$NON-NLS-1$
				row -> row.getLong(1), caseId).stream()
				.map(id -> relatedCase(em, user, em.find(CaseEntity.class, id))).toList();
	}

	private static RelatedCase relatedCase(EntityManager em, UserAccess user, CaseEntity entity) {
		ClientProfile client = em.find(ClientProfile.class, entity.getClientId());
		Project project = em.find(Project.class, entity.getProjectId());
		boolean visible = CaseAccessRules.visible(user, entity, CaseAccessRules.collaboratorIds(em, entity.getId()));
		return new RelatedCase(entity.getId(), entity.getCode(),
				client.isAnonymous() ? null : client.getFirstName() + " " + client.getLastName(), project.getName(), //$NON-NLS-1$
				entity.getStatus(), visible);
	}

	private static String optionalText(String field, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > maxLength) {
			throw new ValidationException(field, NLS.bind(Messages.Text_tooLong, stripped.length(), maxLength));
		}
		return stripped;
	}
}
