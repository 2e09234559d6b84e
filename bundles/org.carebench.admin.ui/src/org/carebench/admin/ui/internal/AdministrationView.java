package org.carebench.admin.ui.internal;

import java.util.Comparator;

import org.carebench.admin.ui.AdministrationPage;
import org.carebench.ui.Services;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The administration perspective's view: a tab per {@link AdministrationPage}, built-in or of another bundle. */
public class AdministrationView extends ViewPart {

	public static final String ID = "org.carebench.admin.ui.view"; //$NON-NLS-1$

	private CTabFolder pages;

	@Override
	public void createPartControl(Composite parent) {
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		Services.all(AdministrationPage.class).stream().sorted(Comparator.comparingInt(AdministrationPage::position))
				.forEach(page -> {
					CTabItem tab = new CTabItem(pages, SWT.NONE);
					tab.setText(page.title());
					tab.setControl(page.create(pages));
				});
		if (pages.getItemCount() > 0) {
			pages.setSelection(0);
		}
	}

	/** Shows the page titled {@code title}; for tests and links. */
	public void show(String title) {
		for (CTabItem tab : pages.getItems()) {
			if (tab.getText().equals(title)) {
				pages.setSelection(tab);
			}
		}
	}

	@Override
	public void setFocus() {
		pages.setFocus();
	}
}
