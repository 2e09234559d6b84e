package org.carebench.planning.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.api.FieldKind;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.Money;
import org.carebench.planning.ui.PlanItemSection;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

/**
 * The fields of a plan item's type, built from the type's schema, and the type's own sections when its bundle
 * brings them: shown in a group of the item dialog, read back as the item's values.
 */
final class ItemTypeFields {

	private final Group group;
	private final Map<String, Control> controls = new LinkedHashMap<>();

	ItemTypeFields(Composite grid) {
		group = Layouts.group(grid, "", 2); //$NON-NLS-1$
	}

	/** Shows {@code type}'s fields (none for {@code null}) holding {@code values}. */
	void show(ItemTypeInfo type, Map<String, Object> values, boolean editable) {
		for (Control control : group.getChildren()) {
			control.dispose();
		}
		controls.clear();
		List<FieldSpec> fields = type == null ? List.of() : type.fields();
		group.setText(type == null ? "" : NLS.bind(Messages.Item_typeFields, type.label())); //$NON-NLS-1$
		List<PlanItemSection> sections = type == null ? List.of()
				: Services.all(PlanItemSection.class).stream().filter(section -> section.typeId().equals(type.id()))
						.toList();
		group.setVisible(!fields.isEmpty() || !sections.isEmpty());
		for (FieldSpec spec : fields) {
			Layouts.label(group, spec.required() ? spec.label() + " *" : spec.label()); //$NON-NLS-1$
			Control control = editorOf(spec, values.get(spec.key()));
			control.setEnabled(editable);
			controls.put(spec.key(), control);
		}
		for (PlanItemSection section : sections) {
			Composite holder = Layouts.flush(new Composite(group, SWT.NONE), 1);
			Layouts.fillArea(holder, SWT.DEFAULT, SWT.DEFAULT);
			section.createContents(holder, values);
		}
	}

	private Control editorOf(FieldSpec spec, Object value) {
		switch (spec.kind()) {
			case CHOICE -> {
				Combo combo = Layouts.fillRow(new Combo(group, SWT.READ_ONLY), 1);
				combo.add(""); //$NON-NLS-1$
				spec.choices().forEach(combo::add);
				combo.select(value == null ? 0 : spec.choices().indexOf(value) + 1);
				return combo;
			}
			case BOOLEAN -> {
				Button check = new Button(group, SWT.CHECK);
				check.setSelection(Boolean.TRUE.equals(value));
				return check;
			}
			default -> {
				Text text = Layouts.fillRow(new Text(group, SWT.BORDER), 1);
				text.setText(display(spec.kind(), value));
				if (spec.kind() == FieldKind.MONEY) {
					text.setMessage(Messages.Item_moneyHint);
				} else if (spec.kind() == FieldKind.DATE) {
					text.setMessage(FieldInput.date(LocalDate.now()));
				}
				return text;
			}
		}
	}

	private static String display(FieldKind kind, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (kind) {
			case NUMBER -> FieldInput.number((BigDecimal) value);
			case DATE -> value instanceof LocalDate date ? FieldInput.date(date) : value.toString();
			case MONEY -> value instanceof Money money
					? FieldInput.number(money.amount()) + " " + money.currency().getCurrencyCode() //$NON-NLS-1$
					: value.toString();
			default -> value.toString();
		};
	}

	/** Puts what the fields of {@code type} hold into {@code values}; refuses what cannot be read. */
	void read(ItemTypeInfo type, Map<String, Object> values) throws FieldInput.Unreadable {
		for (FieldSpec spec : type == null ? List.<FieldSpec>of() : type.fields()) {
			values.put(spec.key(), read(spec, controls.get(spec.key())));
		}
	}

	private static Object read(FieldSpec spec, Control control) throws FieldInput.Unreadable {
		return switch (spec.kind()) {
			case CHOICE -> {
				Combo combo = (Combo) control;
				yield combo.getSelectionIndex() <= 0 ? null : spec.choices().get(combo.getSelectionIndex() - 1);
			}
			case BOOLEAN -> ((Button) control).getSelection();
			case TEXT -> ((Text) control).getText().isBlank() ? null : ((Text) control).getText();
			case NUMBER -> FieldInput.number(spec.label(), ((Text) control).getText());
			case DATE -> FieldInput.date(spec.label(), ((Text) control).getText());
			case MONEY -> {
				String text = ((Text) control).getText().strip();
				if (text.isEmpty()) {
					yield null;
				}
				int space = text.lastIndexOf(' ');
				if (space < 0) {
					throw new FieldInput.Unreadable(NLS.bind(Messages.Input_notMoney, spec.label()));
				}
				yield FieldInput.money(spec.label(), text.substring(0, space), text.substring(space + 1));
			}
		};
	}

	/** For tests: the control editing a field. */
	Control control(String key) {
		return controls.get(key);
	}
}
