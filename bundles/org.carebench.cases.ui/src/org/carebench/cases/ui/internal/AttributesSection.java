package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.AttributeValue;
import org.carebench.ui.Layouts;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The attributes the case's project records, each in a field that fits its type; "Save attributes" saves those
 * changed. A value the service refuses is named in red under the fields, and the typed text stays.
 */
final class AttributesSection {

	/** Saves the changed values (code to text; empty text clears). */
	interface Actions {
		void save(Map<String, String> changed);
	}

	private final FormToolkit toolkit;
	private final Composite fields;
	private final Button save;
	private final Label problem;
	private final Map<String, Control> inputs = new LinkedHashMap<>();
	private final Map<String, String> loaded = new LinkedHashMap<>();

	AttributesSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionAttributes, 1, false);
		fields = Layouts.columns(toolkit.createComposite(client), 2);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
		problem = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		problem.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		save = toolkit.createButton(client, Messages.Attributes_save, SWT.PUSH);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(save);
		save.addListener(SWT.Selection, event -> {
			Map<String, String> changed = changed();
			if (!changed.isEmpty()) {
				save.setEnabled(false);
				problem.setText(""); //$NON-NLS-1$
				actions.save(changed);
			}
		});
	}

	/**
	 * Shows the case's values. What the user typed and has not saved stays (a reload after someone else's change
	 * must not throw it away), as does the message of a refused value.
	 */
	void show(List<AttributeValue> values, boolean mayEdit, String missingPermission) {
		Map<String, String> typed = changed();
		for (Control child : fields.getChildren()) {
			child.dispose();
		}
		inputs.clear();
		loaded.clear();
		if (values.isEmpty()) {
			Label none = toolkit.createLabel(fields, Messages.Attributes_none, SWT.WRAP);
			none.setForeground(fields.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(none);
		}
		for (AttributeValue value : values) {
			AttributeDefinition definition = value.definition();
			toolkit.createLabel(fields, definition.name());
			String current = value.value() == null ? "" : value.value(); //$NON-NLS-1$
			Control input;
			if (definition.type() == AttributeDefinition.ValueType.YES_NO) {
				Combo yesNo = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
				yesNo.setItems("", Messages.Attributes_yes, Messages.Attributes_no); //$NON-NLS-1$
				yesNo.select("true".equals(current) ? 1 : "false".equals(current) ? 2 : 0); //$NON-NLS-1$ //$NON-NLS-2$
				input = yesNo;
			} else {
				Text text = toolkit.createText(fields, current);
				text.setMessage(switch (definition.type()) {
					case DATE -> Messages.Attributes_dateHint;
					case NUMBER -> Messages.Attributes_numberHint;
					default -> ""; //$NON-NLS-1$
				});
				input = text;
			}
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(input);
			input.setEnabled(mayEdit);
			input.setToolTipText(mayEdit ? null : missingPermission);
			inputs.put(definition.code(), input);
			loaded.put(definition.code(), current);
		}
		typed.forEach((code, text) -> {
			Control input = inputs.get(code);
			if (input instanceof Text field) {
				field.setText(text);
			} else if (input instanceof Combo yesNo) {
				yesNo.select("true".equals(text) ? 1 : "false".equals(text) ? 2 : 0); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		if (typed.isEmpty()) {
			problem.setText(""); //$NON-NLS-1$
		}
		save.setEnabled(mayEdit && !values.isEmpty());
		save.setVisible(!values.isEmpty());
		fields.getParent().layout(true, true);
	}

	/** The values that differ from the loaded ones, as text the service parses. */
	Map<String, String> changed() {
		Map<String, String> changed = new LinkedHashMap<>();
		inputs.forEach((code, input) -> {
			String text = input instanceof Combo yesNo
					? switch (yesNo.getSelectionIndex()) {
						case 1 -> "true"; //$NON-NLS-1$
						case 2 -> "false"; //$NON-NLS-1$
						default -> ""; //$NON-NLS-1$
					}
					: ((Text) input).getText().strip();
			if (!Objects.equals(text, loaded.get(code))) {
				changed.put(code, text);
			}
		});
		return changed;
	}

	void refused(String message) {
		problem.setText(message);
		save.setEnabled(true);
		problem.getParent().layout(true, true);
	}

	List<String> codes() {
		return new ArrayList<>(inputs.keySet());
	}

	Control input(String code) {
		return inputs.get(code);
	}

	String problemText() {
		return problem.getText();
	}

	Button saveButton() {
		return save;
	}
}
