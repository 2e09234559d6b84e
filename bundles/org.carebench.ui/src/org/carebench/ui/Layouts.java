package org.carebench.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The layouts Carebench's dialogs, sections and pages are built of, on JFace's layout factories: a grid of columns,
 * labelled rows, controls that fill their row or their cell, titled sections, a line for refusals.
 */
public final class Layouts {

	/** The width a one-line field asks for, so that dialogs open wide enough to type a name. */
	public static final int FIELD_WIDTH = 320;

	private Layouts() {
	}

	/** Lays {@code composite} out in {@code columns} columns with the usual margins; returns it. */
	public static <C extends Composite> C columns(C composite, int columns) {
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(composite);
		return composite;
	}

	/** As {@link #columns}, without margins (a composite inside another grid). */
	public static <C extends Composite> C flush(C composite, int columns) {
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(composite);
		return composite;
	}

	/** A label in the grid's current cell. */
	public static Label label(Composite grid, String text) {
		Label label = new Label(grid, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	/** A label, and beside it a one-line text field taking the rest of the row. */
	public static Text textRow(Composite grid, String label, int style) {
		label(grid, label);
		Text text = new Text(grid, SWT.BORDER | style);
		fillRow(text, span(grid) - 1);
		return text;
	}

	/** A label, and beside it a read-only choice taking the rest of the row. */
	public static Combo comboRow(Composite grid, String label) {
		label(grid, label);
		Combo combo = new Combo(grid, SWT.READ_ONLY);
		fillRow(combo, span(grid) - 1);
		return combo;
	}

	/** Makes {@code control} fill {@code span} cells of its row, wide enough for typing. */
	public static <C extends Control> C fillRow(C control, int span) {
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).span(Math.max(1, span), 1)
				.hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(control);
		return control;
	}

	/** Makes {@code control} fill the whole row of its grid and grow both ways, at least {@code width}x{@code height}. */
	public static <C extends Control> C fillArea(C control, int width, int height) {
		GridDataFactory.fillDefaults().grab(true, true).span(span(control.getParent()), 1).hint(width, height)
				.applyTo(control);
		return control;
	}

	/** Makes {@code control} fill its own cell, growing both ways. */
	public static <C extends Control> C fillCell(C control) {
		GridDataFactory.fillDefaults().grab(true, true).applyTo(control);
		return control;
	}

	/** Makes {@code control} span the whole row of its grid at its natural size. */
	public static <C extends Control> C wholeRow(C control) {
		GridDataFactory.swtDefaults().span(span(control.getParent()), 1).applyTo(control);
		return control;
	}

	/** A section titled {@code title} of a form, filling its cell; returns its client, laid out in {@code columns}. */
	public static Composite section(FormToolkit toolkit, Composite parent, String title, int columns,
			boolean grabVertical) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, grabVertical).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	/** A label and its value (wrapping) in a form's grid of two columns; returns the value's label. */
	public static Label field(FormToolkit toolkit, Composite grid, String label) {
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING)
				.applyTo(toolkit.createLabel(grid, label));
		Label value = toolkit.createLabel(grid, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		return value;
	}

	/** A label across the whole row of {@code grid} that wraps {@code text} at about {@code width} pixels. */
	public static Label wrapped(Composite grid, String text, int width) {
		Label label = new Label(grid, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).span(span(grid), 1).hint(width, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** A one-line text field filling its cell, showing {@code hint} while empty. */
	public static Text hintedText(Composite grid, String hint, int style) {
		Text text = new Text(grid, SWT.BORDER | style);
		if (hint != null) {
			text.setMessage(hint);
		}
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
		return text;
	}

	/** A push button that runs {@code action} when pressed. */
	public static Button button(Composite grid, String text, Runnable action) {
		Button button = new Button(grid, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** A titled group across the whole row of {@code parent}, growing both ways, laid out in {@code columns}. */
	public static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).span(span(parent), 1).applyTo(group);
		return group;
	}

	/**
	 * A table across the whole row of {@code grid}, growing both ways from {@code height} pixels, with a column per
	 * title, as wide as {@code widths} says.
	 */
	public static Table table(Composite grid, int style, int height, String[] titles, int[] widths) {
		Table table = new Table(grid, SWT.BORDER | SWT.FULL_SELECTION | style);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		int width = 0;
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
			width += widths[i];
		}
		fillArea(table, width, height);
		return table;
	}

	private static int span(Composite grid) {
		return grid.getLayout() instanceof org.eclipse.swt.layout.GridLayout layout ? layout.numColumns : 1;
	}
}
