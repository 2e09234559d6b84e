package org.carebench.cases;

/**
 * A typed attribute a project records on its cases (an external system's UID, an imported metric).
 *
 * @param code stable identifier, [A-Z][A-Z0-9_]*; import files name their columns by it
 */
public record AttributeDefinition(String code, String name, ValueType type) {

	public enum ValueType {
		/** Up to 1,000 characters. */
		TEXT,
		/** A decimal number, up to 15 digits before the point and 4 after. */
		NUMBER,
		/** A day, written 2026-03-31. */
		DATE,
		/** Yes or no, written true/false (also yes/no, sí/no, sì/no, 1/0). */
		YES_NO
	}
}
