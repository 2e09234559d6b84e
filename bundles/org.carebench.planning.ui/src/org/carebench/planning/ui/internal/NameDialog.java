package org.carebench.planning.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a name; optionally a group to put it in, or a day (sub-goals, groups, milestones). */
final class NameDialog extends CarebenchDialog {

	private final String prompt;
	private final List<String> choices;
	private final boolean withDay;
	private Text nameText;
	private Combo choiceCombo;
	private DateTime dayPicker;
	private String name;
	private Integer choice;
	private LocalDate day;

	NameDialog(Shell parent, String title, String prompt, List<String> choices, boolean withDay) {
		super(parent, title, 2);
		this.prompt = prompt;
		this.choices = choices;
		this.withDay = withDay;
	}

	@Override
	protected void createArea(Composite grid) {
		nameText = Layouts.textRow(grid, prompt, SWT.NONE);
		nameText.addListener(SWT.Modify, event -> enableOk(!nameText.getText().isBlank()));
		if (!choices.isEmpty()) {
			choiceCombo = Layouts.comboRow(grid, Messages.Items_inGroup);
			choiceCombo.add(Messages.Items_noGroup);
			choices.forEach(choiceCombo::add);
			choiceCombo.select(0);
		}
		if (withDay) {
			Layouts.label(grid, Messages.Milestones_expected);
			dayPicker = new DateTime(grid, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableOk(false);
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			name = nameText.getText();
			choice = choiceCombo == null || choiceCombo.getSelectionIndex() <= 0 ? null
					: choiceCombo.getSelectionIndex() - 1;
			day = dayPicker == null ? null
					: LocalDate.of(dayPicker.getYear(), dayPicker.getMonth() + 1, dayPicker.getDay());
		});
	}

	String name() {
		return name;
	}

	/** The index of the chosen group, or {@code null} for none. */
	Integer choice() {
		return choice;
	}

	LocalDate day() {
		return day;
	}
}
