package org.carebench.cases.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A case to edit; two inputs of the same case are equal, so a case opens in one editor only. */
public final class CaseEditorInput implements IEditorInput {

	private final long caseId;
	private final String title;

	public CaseEditorInput(long caseId, String title) {
		this.caseId = caseId;
		this.title = title;
	}

	public long caseId() {
		return caseId;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(CaseEditorInput.class.getResource("/icons/case_16.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaseEditorInput input && input.caseId == caseId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(caseId);
	}
}
