package org.carebench.cases;

/** Why a case was closed, from its project's list. */
public record ClosingReason(String code, String name) {
}
