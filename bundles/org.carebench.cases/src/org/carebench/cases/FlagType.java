package org.carebench.cases;

/** A kind of flag a project puts on cases ("Urgent", "Safety concern"). Codes are [A-Z][A-Z0-9_]*. */
public record FlagType(String code, String name) {
}
