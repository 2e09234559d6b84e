package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeDefinition.ValueType;
import org.carebench.cases.SearchRule;
import org.carebench.cases.SearchRule.Field;
import org.carebench.cases.SearchRule.Operator;
import org.carebench.core.UserAccess;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.SearchText;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;

/**
 * The SQL of advanced-search rules. Values are bound as parameters, never written into the statement; a value
 * that does not fit its field (a date that is not one, a number with letters) is refused with a message naming
 * the rule.
 *
 * @param attributeTypes the type of each attribute code of the user's projects
 * @param zone           where the user's days begin (dates compare by the user's calendar)
 */
record SearchRuleSql(UserAccess user, Map<String, ValueType> attributeTypes, ZoneId zone) {

	/** The attribute types of the projects the user sees (a code used by several projects keeps one type). */
	static Map<String, ValueType> attributeTypes(Connection connection, Set<Long> projectIds) {
		Map<String, ValueType> types = new HashMap<>();
		if (projectIds.isEmpty()) {
			return types;
		}
		Jdbc.list(connection, "SELECT code, value_type FROM attribute_definition WHERE project_id IN (" //$NON-NLS-1$
				+ Jdbc.markers(projectIds.size()) + ")", row -> types.putIfAbsent(row.getString(1), //$NON-NLS-1$
						AttributeDefinition.ValueType.valueOf(row.getString(2))),
				projectIds.toArray());
		return types;
	}

	/** Refuses rules that could not run (two on one field, a wrong value), as running them would. */
	void check(List<SearchRule> rules) {
		addConditions(rules, false, new ArrayList<>(), new ArrayList<>());
	}

	/** Adds the rules' condition: each rule's, or one OR of them all when {@code any}. */
	void addConditions(List<SearchRule> rules, boolean any, List<String> conditions, List<Object> parameters) {
		if (rules.isEmpty()) {
			return;
		}
		Set<String> keys = new HashSet<>();
		List<String> each = new ArrayList<>();
		for (SearchRule rule : rules) {
			if (!keys.add(rule.key())) {
				throw new ValidationException("rules", NLS.bind(Messages.Search_oneRulePerField, label(rule))); //$NON-NLS-1$
			}
			ValueType type = rule.field() == Field.ATTRIBUTE ? attributeTypes.get(rule.attributeCode()) : null;
			if (rule.field() == Field.ATTRIBUTE && type == null) {
				throw new ValidationException("rules", NLS.bind(Messages.Attribute_unknown, rule.attributeCode())); //$NON-NLS-1$
			}
			if (!SearchRule.operatorsFor(rule.field(), type).contains(rule.operator())) {
				throw new ValidationException("rules", //$NON-NLS-1$
						NLS.bind(Messages.Search_operatorNotAllowed, rule.operator().name(), label(rule)));
			}
			if (SearchRule.takesValue(rule.operator()) && (rule.value() == null || rule.value().isBlank()
					|| rule.operator() == Operator.BETWEEN && (rule.secondValue() == null || rule.secondValue().isBlank()))) {
				throw new ValidationException("rules", NLS.bind(Messages.Search_valueMissing, label(rule))); //$NON-NLS-1$
			}
			each.add(condition(rule, type, parameters));
		}
		if (any && each.size() > 1) {
			conditions.add("(" + String.join(" OR ", each) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else {
			conditions.addAll(each);
		}
	}

	private String condition(SearchRule rule, ValueType type, List<Object> parameters) {
		Operator operator = rule.operator();
		return switch (rule.field()) {
			case STATUS -> compare("c.status", operator, rule.value().strip(), parameters); //$NON-NLS-1$
			case CLOSING_REASON -> compare("c.closing_reason", operator, rule.value().strip(), parameters); //$NON-NLS-1$
			case PROJECT -> compare("c.project_id", operator, id(rule, rule.value()), parameters); //$NON-NLS-1$
			case ASSIGNEE -> nullable("c.assignee_id", rule, parameters, //$NON-NLS-1$
					value -> SearchRule.ME.equalsIgnoreCase(value.strip()) && !user.system() ? user.user().id()
							: id(rule, value));
			case TEAM -> nullable("c.team_id", rule, parameters, value -> id(rule, value)); //$NON-NLS-1$
			case CASE_TYPE -> nullable("c.case_type_id", rule, parameters, value -> id(rule, value)); //$NON-NLS-1$
			case FLAG -> flag(rule, parameters);
			case OPENED -> dates("c.opened_at", rule, parameters); //$NON-NLS-1$
			case CLOSED -> dates("c.closed_at", rule, parameters); //$NON-NLS-1$
			case LAST_ACTIVITY -> dates("c.last_activity_at", rule, parameters); //$NON-NLS-1$
			case CLIENT_NAME -> clientName(rule, parameters);
			case CODE -> {
				String code = rule.value().strip().toUpperCase(Locale.ROOT);
				if (operator == Operator.IS) {
					parameters.add(code);
					yield "c.code = ?"; //$NON-NLS-1$
				}
				parameters.add(QuickSearch.likePrefix(code));
				yield "c.code LIKE ? ESCAPE '!'"; //$NON-NLS-1$
			}
			case ATTRIBUTE -> attribute(rule, type, parameters);
		};
	}

	private static String compare(String column, Operator operator, Object value, List<Object> parameters) {
		parameters.add(value);
		return operator == Operator.IS ? column + " = ?" : "(" + column + " IS NULL OR " + column + " <> ?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String nullable(String column, SearchRule rule, List<Object> parameters,
			java.util.function.Function<String, Object> value) {
		return switch (rule.operator()) {
			case IS_EMPTY -> column + " IS NULL"; //$NON-NLS-1$
			case IS_NOT_EMPTY -> column + " IS NOT NULL"; //$NON-NLS-1$
			default -> compare(column, rule.operator(), value.apply(rule.value()), parameters);
		};
	}

	private static String flag(SearchRule rule, List<Object> parameters) {
		String open = "SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.resolved_at IS NULL"; //$NON-NLS-1$
		return switch (rule.operator()) {
			case IS_EMPTY -> "NOT EXISTS (" + open + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			case IS_NOT_EMPTY -> "EXISTS (" + open + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				parameters.add(rule.value().strip());
				yield (rule.operator() == Operator.IS ? "EXISTS (" : "NOT EXISTS (") + open + " AND f.flag_code = ?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		};
	}

	private String dates(String column, SearchRule rule, List<Object> parameters) {
		switch (rule.operator()) {
			case IS_EMPTY:
				return column + " IS NULL"; //$NON-NLS-1$
			case IS_NOT_EMPTY:
				return column + " IS NOT NULL"; //$NON-NLS-1$
			case BEFORE:
				parameters.add(startOf(date(rule, rule.value())));
				return column + " < ?"; //$NON-NLS-1$
			case ON_OR_AFTER:
				parameters.add(startOf(date(rule, rule.value())));
				return column + " >= ?"; //$NON-NLS-1$
			default: // BETWEEN, both days included
				LocalDate from = date(rule, rule.value());
				LocalDate to = date(rule, rule.secondValue());
				parameters.add(startOf(from.isAfter(to) ? to : from));
				parameters.add(startOf((from.isAfter(to) ? from : to).plusDays(1)));
				return column + " >= ? AND " + column + " < ?"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private java.sql.Timestamp startOf(LocalDate day) {
		return UtcInstantConverter.toTimestamp(day.atStartOfDay(zone).toInstant());
	}

	private static String clientName(SearchRule rule, List<Object> parameters) {
		String client = "SELECT 1 FROM client_profile rc WHERE rc.id = c.client_id AND "; //$NON-NLS-1$
		if (rule.operator() == Operator.IS_EMPTY) {
			return "EXISTS (" + client + "rc.anonymous = TRUE)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String prefix = QuickSearch.likePrefix(SearchText.fold(rule.value()));
		parameters.add(prefix);
		parameters.add(prefix);
		return "EXISTS (" + client + "(rc.search_name LIKE ? ESCAPE '!' OR rc.search_first LIKE ? ESCAPE '!'))"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String attribute(SearchRule rule, ValueType type, List<Object> parameters) {
		String column = "a." + AttributeValues.column(type); //$NON-NLS-1$
		String has = "SELECT 1 FROM case_attribute a WHERE a.case_id = c.id AND a.code = ?"; //$NON-NLS-1$
		parameters.add(rule.attributeCode());
		Operator operator = rule.operator();
		if (operator == Operator.IS_EMPTY) {
			return "NOT EXISTS (" + has + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (operator == Operator.IS_NOT_EMPTY) {
			return "EXISTS (" + has + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		AttributeDefinition definition = new AttributeDefinition(rule.attributeCode(), rule.attributeCode(), type);
		Object value = typed(definition, rule.value());
		String comparison = switch (operator) {
			case IS, IS_NOT -> " = ?"; //$NON-NLS-1$
			case STARTS_WITH -> " LIKE ? ESCAPE '!'"; //$NON-NLS-1$
			case LESS_THAN, BEFORE -> " < ?"; //$NON-NLS-1$
			case GREATER_THAN -> " > ?"; //$NON-NLS-1$
			case ON_OR_AFTER -> " >= ?"; //$NON-NLS-1$
			case BETWEEN -> " BETWEEN ? AND ?"; //$NON-NLS-1$
			default -> throw new IllegalArgumentException(operator.name());
		};
		parameters.add(operator == Operator.STARTS_WITH ? QuickSearch.likePrefix(rule.value().strip()) : value);
		if (operator == Operator.BETWEEN) {
			parameters.add(typed(definition, rule.secondValue()));
		}
		return (operator == Operator.IS_NOT ? "NOT EXISTS (" : "EXISTS (") + has + " AND " + column + comparison + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The value as its column holds it; refused with the attribute's own message when it does not fit. */
	private static Object typed(AttributeDefinition definition, String value) {
		AttributeValues.Stored stored = AttributeValues.parse(definition, value);
		if (stored.number() != null) {
			return stored.number();
		}
		return stored.date() != null ? Date.valueOf(stored.date()) : stored.text();
	}

	private static LocalDate date(SearchRule rule, String value) {
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new ValidationException("rules", NLS.bind(Messages.Search_badDate, value, label(rule))); //$NON-NLS-1$
		}
	}

	private static Long id(SearchRule rule, String value) {
		try {
			return Long.valueOf(value.strip());
		} catch (NumberFormatException e) {
			throw new ValidationException("rules", NLS.bind(Messages.Search_badId, value, label(rule))); //$NON-NLS-1$
		}
	}

	private static String label(SearchRule rule) {
		return rule.field() == Field.ATTRIBUTE ? rule.attributeCode() : rule.field().name().toLowerCase(Locale.ROOT);
	}
}
