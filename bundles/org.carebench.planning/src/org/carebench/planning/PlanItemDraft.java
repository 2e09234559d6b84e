package org.carebench.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.carebench.planning.api.Money;

/**
 * What a caseworker fills in to add or change a plan item. The service checks it whole and saves nothing while a
 * field is wrong. For a type with defined names, {@code definitionId} picks name and purpose.
 */
public final class PlanItemDraft {

	private String typeId;
	private Long definitionId;
	private String name;
	private String purpose;
	private PlanItemStatus status = PlanItemStatus.PLANNED;
	private Long ownerUserId;
	private Long ownerClientId;
	private LocalDate expectedStart;
	private LocalDate expectedEnd;
	private LocalDate actualStart;
	private LocalDate actualEnd;
	private String expectedOutcome;
	private String actualOutcome;
	private Money expectedCost;
	private Money actualCost;
	private final Set<Long> participantIds = new LinkedHashSet<>();
	private final Map<String, Object> values = new LinkedHashMap<>();

	public PlanItemDraft(String typeId) {
		this.typeId = typeId;
	}

	/** A draft holding what {@code item} holds, to change some of it. */
	public static PlanItemDraft of(PlanItem item) {
		PlanItemDraft draft = new PlanItemDraft(item.typeId()).definition(item.definitionId()).name(item.name()).purpose(item.purpose())
				.status(item.status()).expected(item.expectedStart(), item.expectedEnd())
				.actual(item.actualStart(), item.actualEnd()).outcomes(item.expectedOutcome(), item.actualOutcome())
				.cost(item.expectedCost(), item.actualCost());
		draft.ownerUserId = item.ownerUserId();
		draft.ownerClientId = item.ownerClientId();
		draft.participantIds.addAll(item.participantIds());
		draft.values.putAll(item.values());
		return draft;
	}

	public PlanItemDraft definition(Long id) {
		definitionId = id;
		return this;
	}

	public PlanItemDraft name(String text) {
		name = text;
		return this;
	}

	public PlanItemDraft purpose(String text) {
		purpose = text;
		return this;
	}

	public PlanItemDraft status(PlanItemStatus value) {
		status = value;
		return this;
	}

	/** The user of the organization responsible for the item (clears a participant owner). */
	public PlanItemDraft ownedByUser(Long userId) {
		ownerUserId = userId;
		ownerClientId = null;
		return this;
	}

	/** The plan participant responsible for the item (clears a user owner). */
	public PlanItemDraft ownedByParticipant(Long clientId) {
		ownerClientId = clientId;
		ownerUserId = null;
		return this;
	}

	public PlanItemDraft expected(LocalDate start, LocalDate end) {
		expectedStart = start;
		expectedEnd = end;
		return this;
	}

	public PlanItemDraft actual(LocalDate start, LocalDate end) {
		actualStart = start;
		actualEnd = end;
		return this;
	}

	public PlanItemDraft outcomes(String expected, String actual) {
		expectedOutcome = expected;
		actualOutcome = actual;
		return this;
	}

	public PlanItemDraft cost(Money expected, Money actual) {
		expectedCost = expected;
		actualCost = actual;
		return this;
	}

	public PlanItemDraft participants(Set<Long> clientIds) {
		participantIds.clear();
		participantIds.addAll(clientIds);
		return this;
	}

	/** Sets a field of the type; {@code null} clears it. */
	public PlanItemDraft value(String key, Object value) {
		if (value == null) {
			values.remove(key);
		} else {
			values.put(key, value);
		}
		return this;
	}

	public String typeId() {
		return typeId;
	}

	public Long definitionId() {
		return definitionId;
	}

	public String name() {
		return name;
	}

	public String purpose() {
		return purpose;
	}

	public PlanItemStatus status() {
		return status;
	}

	public Long ownerUserId() {
		return ownerUserId;
	}

	public Long ownerClientId() {
		return ownerClientId;
	}

	public LocalDate expectedStart() {
		return expectedStart;
	}

	public LocalDate expectedEnd() {
		return expectedEnd;
	}

	public LocalDate actualStart() {
		return actualStart;
	}

	public LocalDate actualEnd() {
		return actualEnd;
	}

	public String expectedOutcome() {
		return expectedOutcome;
	}

	public String actualOutcome() {
		return actualOutcome;
	}

	public Money expectedCost() {
		return expectedCost;
	}

	public Money actualCost() {
		return actualCost;
	}

	public Set<Long> participantIds() {
		return Set.copyOf(participantIds);
	}

	public Map<String, Object> values() {
		return Map.copyOf(values);
	}
}
