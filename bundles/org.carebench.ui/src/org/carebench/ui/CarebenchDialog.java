package org.carebench.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A Carebench dialog: its title, a grid of {@link #columns()} columns the subclass fills, and a line under it where
 * a refusal shows, so that what the user typed stays while he reads why it was refused.
 */
public abstract class CarebenchDialog extends Dialog {

	private final String title;
	private final boolean resizable;
	private Label problem;

	protected CarebenchDialog(Shell parent, String title, boolean resizable) {
		super(parent);
		this.title = title;
		this.resizable = resizable;
	}

	/** How many columns the dialog's grid has. */
	protected abstract int columns();

	/** Fills the dialog's grid. */
	protected abstract void createArea(Composite grid);

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return resizable;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Layouts.columns(area, columns());
		createArea(area);
		problem = Layouts.problemLine(area);
		return area;
	}

	/** Shows why the last attempt was refused (or nothing, for {@code null}). */
	protected void showProblem(String message) {
		if (problem != null && !problem.isDisposed()) {
			problem.setText(message == null ? "" : message); //$NON-NLS-1$
			problem.getParent().layout(true, true);
		}
	}

	/** Shows a failure as {@link Problems} words it. */
	protected void refused(Throwable failure) {
		showProblem(Problems.message(failure));
	}

	/** The text shown on the problem line; for tests. */
	public String problem() {
		return problem == null ? "" : problem.getText(); //$NON-NLS-1$
	}
}
