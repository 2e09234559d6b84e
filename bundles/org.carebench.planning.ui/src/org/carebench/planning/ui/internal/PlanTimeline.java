package org.carebench.planning.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.carebench.planning.PlanItem;
import org.carebench.ui.Dates;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Each item's expected dates as a light bar and its actual dates as a dark bar below it, on one time axis with
 * today marked: where a plan runs late shows at a glance.
 */
final class PlanTimeline {

	private static final int NAME_WIDTH = 200;
	private static final int ROW = 22;
	private final Canvas canvas;
	private List<PlanItem> items = List.of();

	PlanTimeline(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
	}

	Control control() {
		return canvas;
	}

	void show(List<PlanItem> shown) {
		items = shown.stream().filter(item -> item.expectedStart() != null || item.actualStart() != null).toList();
		((org.eclipse.swt.layout.GridData) canvas.getLayoutData()).heightHint = Math.max(60, 34 + ROW * items.size());
		canvas.redraw();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		if (items.isEmpty()) {
			gc.drawText(Messages.Timeline_empty, 8, 8, true);
			return;
		}
		LocalDate today = LocalDate.now();
		LocalDate first = today;
		LocalDate last = today;
		for (PlanItem item : items) {
			for (LocalDate day : new LocalDate[] { item.expectedStart(), item.expectedEnd(), item.actualStart(),
					item.actualEnd() }) {
				if (day != null) {
					first = day.isBefore(first) ? day : first;
					last = day.isAfter(last) ? day : last;
				}
			}
		}
		first = first.minusDays(2);
		last = last.plusDays(2);
		double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
		int width = Math.max(100, area.width - NAME_WIDTH - 16);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawText(Dates.day(first), NAME_WIDTH, 2, true);
		String end = Dates.day(last);
		Point extent = gc.textExtent(end);
		gc.drawText(end, NAME_WIDTH + width - extent.x, 2, true);
		int y = 24;
		for (PlanItem item : items) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText(shorten(gc, item.name(), NAME_WIDTH - 8), 4, y + 2, true);
			bar(gc, first, days, width, item.expectedStart(), item.expectedEnd(), y + 2, SWT.COLOR_GRAY);
			bar(gc, first, days, width, item.actualStart(), item.actualEnd() == null && item.actualStart() != null
					? LocalDate.now() : item.actualEnd(), y + 11, SWT.COLOR_DARK_GREEN);
			y += ROW;
		}
		int todayX = NAME_WIDTH + (int) (width * ChronoUnit.DAYS.between(first, today) / days);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
		gc.drawLine(todayX, 20, todayX, y);
		gc.drawText(Messages.Timeline_today, todayX + 3, 2, true);
	}

	private void bar(GC gc, LocalDate first, double days, int width, LocalDate start, LocalDate end, int y, int color) {
		if (start == null && end == null) {
			return;
		}
		LocalDate from = start == null ? end : start;
		LocalDate to = end == null ? from : end;
		int x1 = NAME_WIDTH + (int) (width * ChronoUnit.DAYS.between(first, from) / days);
		int x2 = NAME_WIDTH + (int) (width * (ChronoUnit.DAYS.between(first, to) + 1) / days);
		gc.setBackground(canvas.getDisplay().getSystemColor(color));
		gc.fillRectangle(x1, y, Math.max(3, x2 - x1), 8);
	}

	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) { //$NON-NLS-1$
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "\u2026"; //$NON-NLS-1$
	}
}
