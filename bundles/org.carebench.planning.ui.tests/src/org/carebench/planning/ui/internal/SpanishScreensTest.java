package org.carebench.planning.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.carebench.cases.CaseService;
import org.carebench.cases.CaseStatus;
import org.carebench.testing.ui.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

/**
 * The workbench in Spanish, its own texts included: JFace's buttons and the workbench's dialogs come from
 * Carebench's NL fragments, status names from the workflow's translations.
 */
class SpanishScreensTest {

	@Test
	void dialogsSayAceptarAndCancelar() {
		assertEquals("Aceptar", IDialogConstants.OK_LABEL);
		assertEquals("Cancelar", IDialogConstants.CANCEL_LABEL);
		AtomicReference<List<String>> buttons = new AtomicReference<>();
		Ui.whenShellOpens(shell -> shell.getData() instanceof NameDialog, shell -> {
			buttons.set(buttons(shell));
			Ui.screenshot("36-dialog-buttons-es");
			Ui.clickIn(shell, IDialogConstants.CANCEL_LABEL);
		});
		new NameDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Messages.Items_addGroupTitle,
				Messages.Items_groupName, List.of(), false).open();
		assertTrue(buttons.get().containsAll(List.of("Aceptar", "Cancelar")), buttons.get().toString());
	}

	@Test
	void theWorkbenchsPreferencesAreInSpanish() {
		AtomicReference<String> title = new AtomicReference<>();
		AtomicReference<List<String>> buttons = new AtomicReference<>();
		Ui.whenShellOpens(shell -> shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), shell -> {
			title.set(shell.getText());
			buttons.set(buttons(shell));
			Ui.screenshot("37-preferences-es");
			Ui.clickIn(shell, IDialogConstants.CANCEL_LABEL);
		});
		PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				null, null, null).open();
		assertTrue(title.get().startsWith("Preferencias"), title.get());
		assertTrue(buttons.get().contains("Cancelar") && buttons.get().stream().anyMatch(b -> b.startsWith("Aplicar")),
				buttons.get().toString());
	}

	@Test
	void statusesAreNamedInSpanish() {
		List<String> names = PlatformUI.getWorkbench().getService(CaseService.class).statuses().stream()
				.map(CaseStatus::name).toList();
		assertEquals(List.of("Nuevo", "En curso", "Pendiente", "Cerrado"), names);
	}

	private static List<String> buttons(Shell shell) {
		List<String> texts = new ArrayList<>();
		collect(shell, texts);
		return texts;
	}

	private static void collect(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				texts.add(button.getText().replace("&", ""));
			} else if (child instanceof Composite composite) {
				collect(composite, texts);
			}
		}
	}
}
