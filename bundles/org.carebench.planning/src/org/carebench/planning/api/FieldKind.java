package org.carebench.planning.api;

/** The kinds of value a plan item type's field holds; each is stored, edited and reported in its own way. */
public enum FieldKind {
	/** {@link String} */
	TEXT,
	/** {@link java.math.BigDecimal} */
	NUMBER,
	/** {@link java.time.LocalDate} */
	DATE,
	/** {@link String}, one of the field's choices */
	CHOICE,
	/** {@link Money} */
	MONEY,
	/** {@link Boolean} */
	BOOLEAN
}
