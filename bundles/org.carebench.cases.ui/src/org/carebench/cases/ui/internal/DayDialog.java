package org.carebench.cases.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;

/** Asks for a day with a calendar. */
final class DayDialog extends Dialog {

	private final String title;
	private LocalDate day;
	private DateTime calendar;

	DayDialog(Shell parent, String title, LocalDate initial) {
		super(parent);
		this.title = title;
		this.day = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		calendar = new DateTime(area, SWT.CALENDAR | SWT.BORDER);
		calendar.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		return area;
	}

	@Override
	protected void okPressed() {
		day = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
		super.okPressed();
	}

	LocalDate day() {
		return day;
	}
}
