package org.carebench.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The list of a form section (collaborators, flags, related cases, people): a row per entry, its text and the
 * link that acts on it, disabled with the reason as its tooltip when the user may not; a grey line when empty.
 */
public final class FormRows {

	private final FormToolkit toolkit;
	private final Composite rows;

	/** Rows across {@code span} cells of a section's {@code client}. */
	public FormRows(FormToolkit toolkit, Composite client, int span) {
		this.toolkit = toolkit;
		rows = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(rows);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).span(span, 1).applyTo(rows);
	}

	/** Removes every row; shows {@code none} (greyed) when {@code empty}. */
	public void clear(boolean empty, String none) {
		for (Control child : rows.getChildren()) {
			child.dispose();
		}
		if (empty) {
			Label label = toolkit.createLabel(rows, none);
			label.setForeground(rows.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(label);
		}
	}

	/** An entry's text, filling its cell (the whole row when {@code alone}: it gets no link). */
	public Label text(String text, boolean alone) {
		Label label = toolkit.createLabel(rows, text, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).span(alone ? 2 : 1, 1)
				.applyTo(label);
		return label;
	}

	/**
	 * A link that runs {@code action}; disabled, with {@code refusal} as its tooltip, when the user may not (a
	 * {@code null} refusal: he may).
	 */
	public Hyperlink link(String text, String refusal, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(rows, text, SWT.WRAP);
		link.setEnabled(refusal == null);
		link.setToolTipText(refusal);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				action.run();
			}
		});
		return link;
	}

	/** Lays the section out again after the rows changed. */
	public void done() {
		rows.getParent().layout(true, true);
	}

	/** The rows' composite; for tests. */
	public Composite composite() {
		return rows;
	}
}
