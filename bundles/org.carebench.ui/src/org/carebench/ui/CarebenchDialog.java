package org.carebench.ui;

import org.carebench.core.ValidationException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A Carebench dialog: its title and what to do in the title area, a grid of columns the subclass fills, and OK
 * that {@link #closeUnlessRefused closes only when nothing was refused}. A refusal shows in the title area in the
 * user's language and everything typed stays, so he can correct it or copy it.
 */
public abstract class CarebenchDialog extends TitleAreaDialog {

	/** The narrowest a dialog opens, in pixels, so that a short form still has room for its message. */
	private static final int MIN_WIDTH = 640;
	/** The dialog's own margins around the grid. */
	private static final int MARGINS = 40;

	/** What OK does; it refuses by throwing. */
	@FunctionalInterface
	protected interface Attempt {
		void run() throws Exception;
	}

	private final String title;
	private final int columns;
	private String okLabel = IDialogConstants.OK_LABEL;
	private Composite grid;

	/** @param columns how many columns the dialog's grid has */
	protected CarebenchDialog(Shell parent, String title, int columns) {
		super(parent);
		this.title = title;
		this.columns = columns;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Fills the dialog's grid; may set the title area's message. */
	protected abstract void createArea(Composite grid);

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		grid = Layouts.fillCell(Layouts.columns(new Composite(area, SWT.NONE), columns));
		createArea(grid);
		return area;
	}

	/**
	 * As wide as the fields need (at least {@link #MIN_WIDTH}), not as wide as the title area's message on one
	 * line: the message wraps instead.
	 */
	@Override
	protected Point getInitialSize() {
		Point preferred = super.getInitialSize();
		int width = Math.max(MIN_WIDTH, grid.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + MARGINS);
		if (width >= preferred.x) {
			return preferred;
		}
		return new Point(width, Math.max(preferred.y, getShell().computeSize(width, SWT.DEFAULT, true).y));
	}

	/**
	 * Runs {@code attempt} and closes the dialog as OK does, unless it throws: then the refusal (or the checked
	 * exception's message, for input that cannot be read) shows and the dialog stays open.
	 */
	protected final void closeUnlessRefused(Attempt attempt) {
		try {
			attempt.run();
		} catch (RuntimeException refused) {
			refused(refused);
			return;
		} catch (Exception unreadable) {
			showProblem(unreadable.getMessage());
			return;
		}
		super.okPressed();
	}

	/**
	 * Refuses, saying {@code differ}, when a password typed twice was not typed the same: the second field is
	 * emptied and focused for typing it again.
	 */
	protected static void requireSamePassword(Text password, Text again, String differ) {
		if (!password.getText().equals(again.getText())) {
			again.setText(""); //$NON-NLS-1$
			again.setFocus();
			throw new ValidationException("password", differ); //$NON-NLS-1$
		}
	}

	/** Shows why the last attempt was refused (or nothing, for {@code null}). */
	protected void showProblem(String message) {
		setErrorMessage(message == null || message.isBlank() ? null : message);
	}

	/** Shows a failure as {@link Problems} words it. */
	protected void refused(Throwable failure) {
		showProblem(Problems.message(failure));
	}

	/** Names the OK button for what it does ("Sign in", "Open case"); set before the dialog opens. */
	protected void setOkLabel(String label) {
		this.okLabel = label;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** Enables or disables OK (while what is typed cannot be accepted yet). */
	protected void enableOk(boolean enabled) {
		getButton(IDialogConstants.OK_ID).setEnabled(enabled);
	}

	/** The text shown as the last refusal; for tests. */
	public String problem() {
		return getErrorMessage() == null ? "" : getErrorMessage(); //$NON-NLS-1$
	}
}
