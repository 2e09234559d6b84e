package org.carebench.reporting.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Brings a view to the front; the view's id follows the class name in plugin.xml ("class:view id"). */
public class ShowViewHandler extends AbstractHandler implements IExecutableExtension {

	private String viewId;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		viewId = String.valueOf(data);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(viewId);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
