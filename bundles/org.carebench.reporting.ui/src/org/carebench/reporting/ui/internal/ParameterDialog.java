package org.carebench.reporting.ui.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportService;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks a report's parameters: a list for those with choices (the user's projects, his network's organizations),
 * a date field for dates, a box for yes/no, text otherwise. OK checks the values with the report service; a
 * refused value is explained at the top and everything typed stays.
 */
public class ParameterDialog extends CarebenchDialog {

	private final ReportDefinition report;
	private final List<ReportParameter> parameters;
	private final Map<String, Object> initial;
	private final Map<String, Supplier<Object>> inputs = new LinkedHashMap<>();
	private Map<String, Object> values;

	/** @param initial values to start from (the last run's), by parameter name; the design's defaults otherwise */
	public ParameterDialog(Shell parent, ReportDefinition report, List<ReportParameter> parameters,
			Map<String, Object> initial) {
		super(parent, Messages.Parameters_title, 2);
		setOkLabel(Messages.Reports_show);
		this.report = report;
		this.parameters = parameters;
		this.initial = initial;
	}

	@Override
	protected void createArea(Composite grid) {
		setTitle(report.name());
		setMessage(NLS.bind(Messages.Parameters_message, report.name()));
		for (ReportParameter parameter : parameters) {
			Layouts.label(grid, parameter.prompt() + (parameter.required() ? " *" : "") + ":"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Object start = initial.containsKey(parameter.name()) ? initial.get(parameter.name())
					: parameter.defaultValue();
			inputs.put(parameter.name(), input(grid, parameter, start));
		}
	}

	private Supplier<Object> input(Composite form, ReportParameter parameter, Object start) {
		if (!parameter.choices().isEmpty()) {
			Combo combo = Layouts.fillRow(new Combo(form, SWT.READ_ONLY), 1);
			combo.setData("parameter", parameter.name()); //$NON-NLS-1$
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
			Text text = Layouts.fillRow(new Text(form, SWT.BORDER), 1);
			text.setData("parameter", parameter.name()); //$NON-NLS-1$
			text.setText(start == null ? "" : start.toString()); //$NON-NLS-1$
			return () -> text.getText().isBlank() ? null : text.getText().trim();
		}
		}
	}

	@Override
	protected void okPressed() {
		Map<String, Object> typed = new HashMap<>();
		inputs.forEach((name, input) -> typed.put(name, input.get()));
		closeUnlessRefused(() -> {
			Services.get(ReportService.class).check(report.id(), typed);
			values = typed;
		});
	}

	/** The values the user confirmed, by parameter name; {@code null} if he canceled. */
	public Map<String, Object> values() {
		return values;
	}
}
