package org.carebench.planning.api;

import java.util.List;
import java.util.Objects;

/**
 * One field of a plan item type: what the item editor shows and the service validates before anything is saved.
 *
 * @param key      stable name of the field, stored with each value ([a-z][a-zA-Z0-9_]*, at most 60 characters)
 * @param label    what users read, in their language
 * @param required whether an item cannot be saved without it
 * @param choices  the allowed values of a {@link FieldKind#CHOICE} field; empty for the other kinds
 */
public record FieldSpec(String key, FieldKind kind, String label, boolean required, List<String> choices) {

	public FieldSpec {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(label);
		if (key == null || !key.matches("[a-z][a-zA-Z0-9_]{0,59}")) { //$NON-NLS-1$
			throw new IllegalArgumentException("Not a field key: " + key); //$NON-NLS-1$
		}
		choices = List.copyOf(choices);
		if ((kind == FieldKind.CHOICE) == choices.isEmpty()) {
			throw new IllegalArgumentException("Choices belong to CHOICE fields, and they need some: " + key); //$NON-NLS-1$
		}
	}

	public static FieldSpec of(String key, FieldKind kind, String label, boolean required) {
		return new FieldSpec(key, kind, label, required, List.of());
	}

	public static FieldSpec choice(String key, String label, boolean required, String... choices) {
		return new FieldSpec(key, FieldKind.CHOICE, label, required, List.of(choices));
	}
}
