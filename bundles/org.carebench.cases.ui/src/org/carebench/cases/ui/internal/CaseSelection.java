package org.carebench.cases.ui.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection a case editor gives the workbench: its case ({@link org.carebench.cases.CaseDetails}), so that
 * commands of any bundle (a report of the case, a referral) work from the selection rather than from the editor.
 */
final class CaseSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection selection) {
		set(selection);
	}

	void set(ISelection next) {
		selection = next;
		SelectionChangedEvent event = new SelectionChangedEvent(this, next);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}
}
