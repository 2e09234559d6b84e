package org.carebench.cases.ui;

import org.carebench.cases.ui.internal.CaseEditor;
import org.carebench.cases.ui.internal.CaseEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens cases in editors; for any screen that shows a case (referrals, calendars, search results). */
public final class CaseEditors {

	private CaseEditors() {
	}

	/**
	 * Opens the editor of a case, or brings its open editor to the front.
	 *
	 * @param title what the editor tab shows until the case is loaded (its code)
	 */
	public static IEditorPart open(IWorkbenchPage page, long caseId, String title) throws PartInitException {
		// the window hides the editor area while no case is open (the case list takes the space)
		page.setEditorAreaVisible(true);
		return page.openEditor(new CaseEditorInput(caseId, title), CaseEditor.ID);
	}

	/**
	 * Brings the page a bundle contributed to an open case editor to the front, by its tab's text ("open the case
	 * on its care plan").
	 */
	public static java.util.Optional<CaseEditorPage> showPage(IEditorPart editor, String title) {
		return editor instanceof CaseEditor caseEditor ? caseEditor.showContributedPage(title)
				: java.util.Optional.empty();
	}

	/** The case an editor shows, if it is a case editor. */
	public static java.util.OptionalLong caseOf(IEditorPart editor) {
		return editor != null && editor.getEditorInput() instanceof CaseEditorInput input
				? java.util.OptionalLong.of(input.caseId())
				: java.util.OptionalLong.empty();
	}
}
