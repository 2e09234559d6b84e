package org.carebench.reporting.ui.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.carebench.cases.ui.PageSupport;
import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks a report's parameters: a list for those with choices (the user's projects, his network's organizations),
 * a date field for dates, a box for yes/no, text otherwise. OK checks the values with the report service; a
 * refused value is explained at the top and everything typed stays.
 */
public class ParameterDialog extends TitleAreaDialog {

	private final ReportDefinition report;
	private final List<ReportParameter> parameters;
	private final Map<String, Object> initial;
	private final Map<String, Supplier<Object>> inputs = new LinkedHashMap<>();
	private Map<String, Object> values;
	private String refusal;

	/** @param initial values to start from (the last run's), by parameter name; the design's defaults otherwise */
	public ParameterDialog(Shell parent, ReportDefinition report, List<ReportParameter> parameters,
			Map<String, Object> initial) {
		super(parent);
		this.report = report;
		this.parameters = parameters;
		this.initial = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Parameters_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(report.name());
		setMessage(NLS.bind(Messages.Parameters_message, report.name()));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		for (ReportParameter parameter : parameters) {
			Label label = new Label(form, SWT.NONE);
			label.setText(parameter.prompt() + (parameter.required() ? " *" : "") + ":"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Object start = initial.containsKey(parameter.name()) ? initial.get(parameter.name())
					: parameter.defaultValue();
			inputs.put(parameter.name(), input(form, parameter, start));
		}
		return area;
	}

	private Supplier<Object> input(Composite form, ReportParameter parameter, Object start) {
		if (!parameter.choices().isEmpty()) {
			Combo combo = new Combo(form, SWT.READ_ONLY);
			combo.setData("parameter", parameter.name()); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(combo);
			int offset = parameter.required() ? 0 : 1;
			if (!parameter.required()) {
				combo.add(Messages.Parameters_all);
			}
			int selected = 0;
			for (int i = 0; i < parameter.choices().size(); i++) {
				ReportParameter.Choice choice = parameter.choices().get(i);
				combo.add(choice.label());
				if (choice.value().equals(start)) {
					selected = i + offset;
				}
			}
			combo.select(selected);
			return () -> combo.getSelectionIndex() < offset ? null
					: parameter.choices().get(combo.getSelectionIndex() - offset).value();
		}
		switch (parameter.kind()) {
		case DATE: {
			DateTime date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
			date.setData("parameter", parameter.name()); //$NON-NLS-1$
			LocalDate day = start instanceof LocalDate given ? given : LocalDate.now();
			date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
			return () -> LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
		}
		case BOOLEAN: {
			Button check = new Button(form, SWT.CHECK);
			check.setData("parameter", parameter.name()); //$NON-NLS-1$
			check.setSelection(Boolean.TRUE.equals(start));
			return check::getSelection;
		}
		default: {
			Text text = new Text(form, SWT.BORDER);
			text.setData("parameter", parameter.name()); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
			text.setText(start == null ? "" : start.toString()); //$NON-NLS-1$
			return () -> text.getText().isBlank() ? null : text.getText().trim();
		}
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Reports_show);
	}

	@Override
	protected void okPressed() {
		Map<String, Object> typed = new HashMap<>();
		inputs.forEach((name, input) -> typed.put(name, input.get()));
		try {
			PageSupport.service(ReportService.class).check(report.id(), typed);
		} catch (RuntimeException refused) {
			refusal = PageSupport.userMessage(refused);
			setErrorMessage(refusal);
			return;
		}
		values = typed;
		super.okPressed();
	}

	/** Why the values were last refused, or {@code null}. */
	String refusal() {
		return refusal;
	}

	/** The values the user confirmed, by parameter name; {@code null} if he canceled. */
	public Map<String, Object> values() {
		return values;
	}
}
