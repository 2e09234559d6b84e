package org.carebench.cases.ui.internal;

import org.carebench.cases.BulkReport;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What a bulk change did: counts, and each case it could not change with the reason (copyable). */
final class BulkReportDialog extends TitleAreaDialog {

	private final String title;
	private final BulkReport report;
	private Table failures;

	BulkReportDialog(Shell parent, String title, BulkReport report) {
		super(parent);
		this.title = title;
		this.report = report;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title);
		String summary = NLS.bind(Messages.Bulk_summary, new Object[] { count(report.changed()),
				count(report.unchanged()), count(report.failures().size()) });
		if (report.canceled()) {
			summary += " " + NLS.bind(Messages.Bulk_canceled, count(report.notHandled())); //$NON-NLS-1$
		}
		if (report.failures().isEmpty()) {
			setMessage(summary);
		} else {
			setMessage(summary, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
		}
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(1, false));
		failures = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		failures.setHeaderVisible(true);
		failures.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 240;
		data.widthHint = 720;
		failures.setLayoutData(data);
		TableColumn code = new TableColumn(failures, SWT.NONE);
		code.setText(Messages.Column_code);
		code.setWidth(130);
		TableColumn reason = new TableColumn(failures, SWT.NONE);
		reason.setText(Messages.Bulk_reason);
		reason.setWidth(570);
		for (BulkReport.Failure failure : report.failures()) {
			TableItem item = new TableItem(failures, SWT.NONE);
			item.setText(new String[] { failure.caseCode() == null ? "#" + failure.caseId() : failure.caseCode(), //$NON-NLS-1$
					failure.reason() });
		}
		failures.setVisible(!report.failures().isEmpty());
		data.exclude = report.failures().isEmpty();
		return area;
	}

	private static String count(long value) {
		return String.format("%,d", value); //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!report.failures().isEmpty()) {
			createButton(parent, IDialogConstants.CLIENT_ID, Messages.Bulk_copy, false)
					.addListener(SWT.Selection, event -> copy());
		}
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void copy() {
		StringBuilder text = new StringBuilder();
		report.failures().forEach(failure -> text
				.append(failure.caseCode() == null ? "#" + failure.caseId() : failure.caseCode()).append('\t') //$NON-NLS-1$
				.append(failure.reason()).append('\n'));
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
		clipboard.dispose();
	}

	Table failures() {
		return failures;
	}

	BulkReport report() {
		return report;
	}
}
