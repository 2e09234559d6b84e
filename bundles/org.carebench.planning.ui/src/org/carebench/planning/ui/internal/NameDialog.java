package org.carebench.planning.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a name; optionally a group to put it in, or a day (sub-goals, groups, milestones). */
final class NameDialog extends Dialog {

	private final String title;
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
		super(parent);
		this.title = title;
		this.prompt = prompt;
		this.choices = choices;
		this.withDay = withDay;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(prompt);
		nameText = new Text(area, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 320;
		nameText.setLayoutData(wide);
		nameText.addListener(SWT.Modify, event -> getButton(OK).setEnabled(!nameText.getText().isBlank()));
		if (!choices.isEmpty()) {
			new Label(area, SWT.NONE).setText(Messages.Items_inGroup);
			choiceCombo = new Combo(area, SWT.READ_ONLY);
			choiceCombo.add(Messages.Items_noGroup);
			choices.forEach(choiceCombo::add);
			choiceCombo.select(0);
		}
		if (withDay) {
			new Label(area, SWT.NONE).setText(Messages.Milestones_expected);
			dayPicker = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(OK).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		name = nameText.getText();
		choice = choiceCombo == null || choiceCombo.getSelectionIndex() <= 0 ? null : choiceCombo.getSelectionIndex() - 1;
		day = dayPicker == null ? null : LocalDate.of(dayPicker.getYear(), dayPicker.getMonth() + 1, dayPicker.getDay());
		super.okPressed();
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
