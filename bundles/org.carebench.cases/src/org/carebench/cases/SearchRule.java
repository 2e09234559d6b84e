package org.carebench.cases;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of an advanced search: a field, a comparison, and the value(s) it compares with. Values are text as a
 * user types them: dates as {@code 2026-03-31}, numbers with a dot, ids of users, teams, projects and case types
 * as digits, codes of statuses, flags and closing reasons as they are. The assignee value {@code me} is whoever
 * runs the search, so that a saved view "assigned to me" works for everyone.
 *
 * @param attributeCode the attribute, when {@link #field()} is {@link Field#ATTRIBUTE}
 * @param value         unused by {@link Operator#IS_EMPTY} and {@link Operator#IS_NOT_EMPTY}
 * @param secondValue   the end of a {@link Operator#BETWEEN} range (inclusive), else {@code null}
 */
public record SearchRule(Field field, String attributeCode, Operator operator, String value, String secondValue) {

	/** Who the {@code me} value of an assignee rule stands for: the user who runs the search. */
	public static final String ME = "me"; //$NON-NLS-1$

	public enum Field {
		STATUS, ASSIGNEE, TEAM, PROJECT, CASE_TYPE, CLOSING_REASON, FLAG, OPENED, CLOSED, LAST_ACTIVITY, CLIENT_NAME,
		CODE, ATTRIBUTE
	}

	public enum Operator {
		IS, IS_NOT, STARTS_WITH, BEFORE, ON_OR_AFTER, BETWEEN, LESS_THAN, GREATER_THAN, IS_EMPTY, IS_NOT_EMPTY
	}

	public SearchRule {
		Objects.requireNonNull(field);
		Objects.requireNonNull(operator);
		if (field == Field.ATTRIBUTE) {
			Objects.requireNonNull(attributeCode, "an attribute rule names its attribute"); //$NON-NLS-1$
		} else {
			attributeCode = null;
		}
	}

	public static SearchRule of(Field field, Operator operator, String value) {
		return new SearchRule(field, null, operator, value, null);
	}

	public static SearchRule between(Field field, String from, String to) {
		return new SearchRule(field, null, Operator.BETWEEN, from, to);
	}

	public static SearchRule attribute(String code, Operator operator, String value) {
		return new SearchRule(Field.ATTRIBUTE, code, operator, value, null);
	}

	/**
	 * The comparisons a field offers; for {@link Field#ATTRIBUTE}, those of the attribute's type
	 * ({@code attributeType}, else ignored).
	 */
	public static Set<Operator> operatorsFor(Field field, AttributeDefinition.ValueType attributeType) {
		return switch (field) {
			case STATUS, PROJECT, CLOSING_REASON -> EnumSet.of(Operator.IS, Operator.IS_NOT);
			case ASSIGNEE, TEAM, CASE_TYPE, FLAG -> EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.IS_EMPTY,
					Operator.IS_NOT_EMPTY);
			case OPENED, LAST_ACTIVITY -> EnumSet.of(Operator.BEFORE, Operator.ON_OR_AFTER, Operator.BETWEEN);
			case CLOSED -> EnumSet.of(Operator.BEFORE, Operator.ON_OR_AFTER, Operator.BETWEEN, Operator.IS_EMPTY,
					Operator.IS_NOT_EMPTY);
			case CLIENT_NAME -> EnumSet.of(Operator.STARTS_WITH, Operator.IS_EMPTY);
			case CODE -> EnumSet.of(Operator.IS, Operator.STARTS_WITH);
			case ATTRIBUTE -> switch (attributeType == null ? AttributeDefinition.ValueType.TEXT : attributeType) {
				case TEXT -> EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.STARTS_WITH, Operator.IS_EMPTY,
						Operator.IS_NOT_EMPTY);
				case NUMBER -> EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.LESS_THAN, Operator.GREATER_THAN,
						Operator.BETWEEN, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
				case DATE -> EnumSet.of(Operator.IS, Operator.BEFORE, Operator.ON_OR_AFTER, Operator.BETWEEN,
						Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
				case YES_NO -> EnumSet.of(Operator.IS, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
			};
		};
	}

	/** Whether the operator compares with a value (all but the emptiness tests). */
	public static boolean takesValue(Operator operator) {
		return operator != Operator.IS_EMPTY && operator != Operator.IS_NOT_EMPTY;
	}

	/** What "one rule per field" counts: the field, or the attribute for attribute rules. */
	public String key() {
		return field == Field.ATTRIBUTE ? "attribute:" + attributeCode : field.name(); //$NON-NLS-1$
	}
}
