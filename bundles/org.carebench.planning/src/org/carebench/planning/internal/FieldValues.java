package org.carebench.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carebench.core.model.Jdbc;
import org.carebench.planning.api.FieldKind;
import org.carebench.planning.api.FieldProblem;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.Money;
import org.eclipse.osgi.util.NLS;

/**
 * The values of a type's fields: checked against their specs, and stored one row each in the column of their
 * kind (plan_item_field), so that a type needs no table of its own and reports read every value.
 */
final class FieldValues {

	static final int TEXT_LENGTH = 1000;
	/** DECIMAL(19, 4) */
	private static final BigDecimal LARGEST = new BigDecimal("999999999999999"); //$NON-NLS-1$

	private FieldValues() {
	}

	/** Every problem of {@code values} against {@code specs}: unknown keys, missing, wrong kind, out of range. */
	static List<FieldProblem> check(List<FieldSpec> specs, Map<String, Object> values) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, FieldSpec> byKey = new HashMap<>();
		specs.forEach(spec -> byKey.put(spec.key(), spec));
		for (String key : values.keySet()) {
			if (!byKey.containsKey(key)) {
				problems.add(new FieldProblem(key, NLS.bind(Messages.Field_unknown, key)));
			}
		}
		for (FieldSpec spec : specs) {
			Object value = values.get(spec.key());
			if (value == null || value instanceof String text && text.isBlank()) {
				if (spec.required()) {
					problems.add(new FieldProblem(spec.key(), NLS.bind(Messages.Field_required, spec.label())));
				}
				continue;
			}
			String wrong = wrongValue(spec, value);
			if (wrong != null) {
				problems.add(new FieldProblem(spec.key(), wrong));
			}
		}
		return problems;
	}

	/** Why {@code value} does not fit {@code spec}, or {@code null} when it does. */
	private static String wrongValue(FieldSpec spec, Object value) {
		String label = spec.label();
		return switch (spec.kind()) {
			case TEXT -> !(value instanceof String text) ? NLS.bind(Messages.Field_notText, label)
					: text.length() > TEXT_LENGTH ? NLS.bind(Messages.Field_tooLong, label, TEXT_LENGTH) : null;
			case CHOICE -> value instanceof String text && spec.choices().contains(text) ? null
					: NLS.bind(Messages.Field_notAChoice, label, String.join(", ", spec.choices())); //$NON-NLS-1$
			case NUMBER -> value instanceof BigDecimal number ? inRange(label, number)
					: NLS.bind(Messages.Field_notNumber, label);
			case DATE -> value instanceof LocalDate ? null : NLS.bind(Messages.Field_notDate, label);
			case MONEY -> value instanceof Money money ? inRange(label, money.amount())
					: NLS.bind(Messages.Field_notMoney, label);
			case BOOLEAN -> value instanceof Boolean ? null : NLS.bind(Messages.Field_notBoolean, label);
		};
	}

	private static String inRange(String label, BigDecimal number) {
		return number.abs().compareTo(LARGEST) > 0 ? NLS.bind(Messages.Field_tooLarge, label) : null;
	}

	/** Replaces the stored values of an item by {@code values} (already checked). */
	static void store(Connection connection, long itemId, List<FieldSpec> specs, Map<String, Object> values) {
		Jdbc.update(connection, "DELETE FROM plan_item_field WHERE item_id = ?", itemId); //$NON-NLS-1$
		for (FieldSpec spec : specs) {
			Object value = values.get(spec.key());
			if (value == null || value instanceof String text && text.isBlank()) {
				continue;
			}
			String text = null;
			BigDecimal number = null;
			Date date = null;
			String currency = null;
			switch (spec.kind()) {
				case TEXT, CHOICE -> text = ((String) value).strip();
				case BOOLEAN -> text = value.toString();
				case NUMBER -> number = (BigDecimal) value;
				case DATE -> date = Date.valueOf((LocalDate) value);
				case MONEY -> {
					number = ((Money) value).amount();
					currency = ((Money) value).currency().getCurrencyCode();
				}
			}
			Jdbc.update(connection, "INSERT INTO plan_item_field (item_id, field_key, field_kind, text_value," //$NON-NLS-1$
					+ " number_value, date_value, currency) VALUES (?, ?, ?, ?, ?, ?, ?)", itemId, spec.key(), //$NON-NLS-1$
					spec.kind().name(), text, number, date, currency);
		}
	}

	/** The stored values of the items of a plan, by item and key, typed by the kind they were stored with. */
	static Map<Long, Map<String, Object>> ofPlan(Connection connection, long planId) {
		Map<Long, Map<String, Object>> byItem = new HashMap<>();
		Jdbc.list(connection, "SELECT f.item_id, f.field_key, f.field_kind, f.text_value, f.number_value, f.date_value," //$NON-NLS-1$
				+ " f.currency FROM plan_item_field f JOIN plan_item i ON i.id = f.item_id WHERE i.plan_id = ?", //$NON-NLS-1$
				row -> {
					Object value = switch (FieldKind.valueOf(row.getString(3))) {
						case TEXT, CHOICE -> row.getString(4);
						case BOOLEAN -> Boolean.valueOf(row.getString(4));
						case NUMBER -> row.getBigDecimal(5).stripTrailingZeros();
						case DATE -> row.getDate(6).toLocalDate();
						case MONEY -> new Money(row.getBigDecimal(5), Currency.getInstance(row.getString(7)));
					};
					byItem.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>()).put(row.getString(2), value);
					return null;
				}, planId);
		return byItem;
	}
}
