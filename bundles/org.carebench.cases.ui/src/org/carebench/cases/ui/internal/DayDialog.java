package org.carebench.cases.ui.internal;

import java.time.LocalDate;

import org.carebench.ui.CarebenchDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;

/** Asks for a day with a calendar. */
final class DayDialog extends CarebenchDialog {

	private LocalDate day;
	private DateTime calendar;

	DayDialog(Shell parent, String title, LocalDate initial) {
		super(parent, title, 1);
		this.day = initial;
	}

	@Override
	protected void createArea(Composite grid) {
		calendar = new DateTime(grid, SWT.CALENDAR | SWT.BORDER);
		calendar.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> day = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay()));
	}

	LocalDate day() {
		return day;
	}
}
