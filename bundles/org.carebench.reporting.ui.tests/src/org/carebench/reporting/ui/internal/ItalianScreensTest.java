package org.carebench.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.carebench.testing.ui.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

/**
 * The workbench in Italian, its own texts included: JFace's buttons and the workbench's dialogs from Carebench's
 * NL fragments, status names in reports from the workflow's translations.
 */
class ItalianScreensTest {

	@Test
	void dialogsSayOkAndAnnullaAndThePreferencesAreItalian() {
		assertEquals("OK", IDialogConstants.OK_LABEL);
		assertEquals("Annulla", IDialogConstants.CANCEL_LABEL);
		assertEquals("S\u00ec", IDialogConstants.YES_LABEL.replace("&", ""));
		AtomicReference<String> title = new AtomicReference<>();
		Ui.whenShellOpens(shell -> shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), shell -> {
			title.set(shell.getText());
			Ui.screenshot("43-preferences-it");
			Ui.clickIn(shell, IDialogConstants.CANCEL_LABEL);
		});
		PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				null, null, null).open();
		assertTrue(title.get().startsWith("Preferenze"), title.get());
	}

	@Test
	void theDashboardNamesStatusesInItalian() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		Ui.waitUntil("the overview dashboard", () -> view.shown() != null && !view.rendering()
				&& view.renderFolder() != null);
		page.toggleZoom(page.getReference(view));
		try {
			Browser browser = Ui.find(view.getSite().getShell(), Browser.class, any -> true);
			assertNotNull(browser);
			Ui.waitUntil("the dashboard's text", () -> browser.getText().contains("Chiuso"));
			String shown = browser.getText().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
			assertTrue(shown.contains("Nuovo") && shown.contains("In corso") && shown.contains("Chiuso"), shown);
			assertFalse(shown.contains("In progress") || shown.contains("Closed"), shown);
			Ui.screenshot("44-dashboard-statuses-it");
		} finally {
			page.toggleZoom(page.getReference(view));
		}
	}
}
