package org.carebench.cases.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSort;
import org.carebench.cases.SearchRule;

/**
 * Saved views' queries as text (properties), readable and stable across releases: unknown keys are ignored, so a
 * view saved by a newer release still opens, with what this one understands.
 */
final class SavedQueries {

	private SavedQueries() {
	}

	static String write(CaseQuery query) {
		Properties properties = new Properties();
		properties.setProperty("format", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		put(properties, "text", query.text()); //$NON-NLS-1$
		put(properties, "status", query.statusCode()); //$NON-NLS-1$
		properties.setProperty("assignee", query.assignee().kind().name()); //$NON-NLS-1$
		put(properties, "assignee.id", query.assignee().id()); //$NON-NLS-1$
		put(properties, "project", query.projectId()); //$NON-NLS-1$
		properties.setProperty("match", query.matchAny() ? "any" : "all"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		properties.setProperty("sort", query.sort().name()); //$NON-NLS-1$
		properties.setProperty("ascending", Boolean.toString(query.ascending())); //$NON-NLS-1$
		List<SearchRule> rules = query.rules();
		for (int i = 0; i < rules.size(); i++) {
			SearchRule rule = rules.get(i);
			String prefix = "rule." + i + "."; //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty(prefix + "field", rule.field().name()); //$NON-NLS-1$
			put(properties, prefix + "attribute", rule.attributeCode()); //$NON-NLS-1$
			properties.setProperty(prefix + "operator", rule.operator().name()); //$NON-NLS-1$
			put(properties, prefix + "value", rule.value()); //$NON-NLS-1$
			put(properties, prefix + "second", rule.secondValue()); //$NON-NLS-1$
		}
		StringWriter text = new StringWriter();
		try {
			properties.store(text, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// the first line is a timestamp comment: leave it out, so that equal queries give equal text
		return text.toString().lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static CaseQuery read(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		AssigneeFilter.Kind kind = enumValue(AssigneeFilter.Kind.class, properties.getProperty("assignee"), //$NON-NLS-1$
				AssigneeFilter.Kind.ANY);
		Long assigneeId = longValue(properties.getProperty("assignee.id")); //$NON-NLS-1$
		AssigneeFilter assignee = kind == AssigneeFilter.Kind.ANY || kind == AssigneeFilter.Kind.UNASSIGNED
				|| assigneeId != null ? new AssigneeFilter(kind, assigneeId) : AssigneeFilter.ANY;
		List<SearchRule> rules = new ArrayList<>();
		for (int i = 0; properties.containsKey("rule." + i + ".field"); i++) { //$NON-NLS-1$ //$NON-NLS-2$
			String prefix = "rule." + i + "."; //$NON-NLS-1$ //$NON-NLS-2$
			SearchRule.Field field = enumValue(SearchRule.Field.class, properties.getProperty(prefix + "field"), null); //$NON-NLS-1$
			SearchRule.Operator operator = enumValue(SearchRule.Operator.class,
					properties.getProperty(prefix + "operator"), null); //$NON-NLS-1$
			String attribute = properties.getProperty(prefix + "attribute"); //$NON-NLS-1$
			if (field != null && operator != null && (field != SearchRule.Field.ATTRIBUTE || attribute != null)) {
				rules.add(new SearchRule(field, attribute, operator, properties.getProperty(prefix + "value"), //$NON-NLS-1$
						properties.getProperty(prefix + "second"))); //$NON-NLS-1$
			}
		}
		return new CaseQuery(properties.getProperty("text"), properties.getProperty("status"), assignee, //$NON-NLS-1$ //$NON-NLS-2$
				longValue(properties.getProperty("project")), rules, "any".equals(properties.getProperty("match")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				enumValue(CaseSort.class, properties.getProperty("sort"), CaseSort.LAST_ACTIVITY), //$NON-NLS-1$
				Boolean.parseBoolean(properties.getProperty("ascending"))); //$NON-NLS-1$
	}

	private static void put(Properties properties, String key, Object value) {
		if (value != null) {
			properties.setProperty(key, value.toString());
		}
	}

	private static Long longValue(String text) {
		try {
			return text == null ? null : Long.valueOf(text);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name, E fallback) {
		try {
			return name == null ? fallback : Enum.valueOf(type, name);
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}
}
