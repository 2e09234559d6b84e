package org.carebench.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Backup;
import org.carebench.persistence.DatabaseBackups.Verification;
import org.carebench.ui.Background;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Restoring, guided: the administrator picks a backup, has it checked (a copy is opened, every table read, the
 * activity log verified), and only a sound one can be restored, after he confirms. The database it replaces is set
 * aside, not deleted.
 */
public final class RestoreDialog extends CarebenchDialog {

	private final DatabaseBackups backups;
	private final List<Backup> available;
	private Table table;
	private Label result;
	private Button check;
	private Verification checked;
	private Backup restored;
	private Path replaced;

	public RestoreDialog(Shell parent, DatabaseBackups backups, List<Backup> available) {
		super(parent, Messages.Restore_title, 1);
		this.backups = backups;
		this.available = available;
		setOkLabel(Messages.Restore_ok);
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(available.isEmpty() ? Messages.Restore_none : Messages.Restore_message);
		table = new Table(grid, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		Layouts.fillArea(table, 600, 180);
		for (String heading : new String[] { Messages.Restore_taken, Messages.Restore_cases,
				Messages.Restore_logEntries }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(heading);
			column.setWidth(200);
		}
		for (Backup backup : available) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { BackupDescriptions.when(backup), Long.toString(BackupDescriptions.cases(backup)),
					Long.toString(backup.rowsWhenTaken().getOrDefault("ACTIVITY_LOG", 0L)) }); //$NON-NLS-1$
			item.setData(backup);
		}
		check = new Button(grid, SWT.PUSH);
		check.setText(Messages.Restore_check);
		check.setEnabled(false);
		result = Layouts.fillRow(new Label(grid, SWT.WRAP), 1);
		table.addListener(SWT.Selection, e -> {
			checked = null;
			check.setEnabled(selected() != null);
			result.setText(""); //$NON-NLS-1$
			enableOk(false);
		});
		check.addListener(SWT.Selection, e -> check(selected()));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableOk(false);
	}

	private Backup selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : (Backup) table.getItem(index).getData();
	}

	/** Checks {@code backup} in the background; a sound one may then be restored. */
	private void check(Backup backup) {
		check.setEnabled(false);
		result.setText(Messages.Restore_checking);
		Background.run(table, Messages.Restore_checking, () -> backups.verify(backup), verification -> {
			checked = verification;
			check.setEnabled(true);
			if (verification.sound()) {
				result.setText(NLS.bind(Messages.Restore_sound, new Object[] { verification.rows().size(),
						verification.log().entries(), BackupDescriptions.when(backup) }));
			} else {
				result.setText(NLS.bind(Messages.Restore_notSound, String.join("; ", verification.problems()))); //$NON-NLS-1$
			}
			enableOk(verification.sound() && backup.equals(selected()));
			result.getParent().layout(true, true);
		}, problem -> {
			check.setEnabled(true);
			result.setText(problem);
		});
	}

	@Override
	protected void okPressed() {
		Backup backup = checked == null ? null : checked.backup();
		if (backup == null || !MessageDialog.openConfirm(getShell(), Messages.Restore_title,
				NLS.bind(Messages.Restore_confirm, BackupDescriptions.when(backup)))) {
			return;
		}
		closeUnlessRefused(() -> {
			replaced = backups.restore(backup);
			restored = backup;
		});
	}

	/** What the last check found; {@code null} before one ends. For tests. */
	public Verification checked() {
		return checked;
	}

	/** The text under the list: what the check found. For tests. */
	public String result() {
		return result.getText();
	}

	Backup restored() {
		return restored;
	}

	/** Where the replaced database went; {@code null} when nothing was restored. */
	Path replaced() {
		return replaced;
	}

	/** For tests: selects the backup in row {@code row} and checks it. */
	public void checkRow(int row) {
		table.select(row);
		table.notifyListeners(SWT.Selection, null);
		check(selected());
	}
}
