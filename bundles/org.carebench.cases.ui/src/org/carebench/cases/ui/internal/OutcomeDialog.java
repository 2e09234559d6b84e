package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a long piece of work did (a bulk change, an import): a summary, and a table of what it could not do with the
 * reasons, which the user can copy to a spreadsheet or a message.
 */
final class OutcomeDialog extends CarebenchDialog {

	private final String summary;
	private final String[] columns;
	private final int[] widths;
	private final List<String[]> rows;
	private Table table;

	OutcomeDialog(Shell parent, String title, String summary, String[] columns, int[] widths, List<String[]> rows) {
		super(parent, title, 1);
		this.summary = summary;
		this.columns = columns;
		this.widths = widths;
		this.rows = rows;
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(summary, rows.isEmpty() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
		table = Layouts.table(grid, SWT.MULTI, 240, columns, widths);
		rows.forEach(row -> new TableItem(table, SWT.NONE).setText(row));
		table.setVisible(!rows.isEmpty());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!rows.isEmpty()) {
			createButton(parent, IDialogConstants.CLIENT_ID, Messages.Bulk_copy, false)
					.addListener(SWT.Selection, event -> copy());
		}
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void copy() {
		StringBuilder text = new StringBuilder();
		rows.forEach(row -> text.append(String.join("\t", row)).append('\n')); //$NON-NLS-1$
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
		clipboard.dispose();
	}

	Table table() {
		return table;
	}
}
