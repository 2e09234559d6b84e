package org.carebench.cases.ui;

import org.carebench.cases.CaseDetails;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * One page of an open case editor, made by a {@link CaseEditorPageContribution}. The editor creates its control
 * once, then calls {@link #show} on the UI thread with every version of the case it loads (after each change); a
 * page reads whatever else it needs itself, off the UI thread.
 */
public interface CaseEditorPage {

	/** Builds the page; {@code toolkit} gives it the editor's look. */
	Control createControl(Composite parent, FormToolkit toolkit);

	/** The case as just loaded; what the user may do with it is in {@link CaseDetails#allowed()}. */
	void show(CaseDetails details);

	/** The editor closes. */
	default void dispose() {
		// nothing held
	}
}
