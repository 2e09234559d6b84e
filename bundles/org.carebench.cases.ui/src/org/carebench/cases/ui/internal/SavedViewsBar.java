package org.carebench.cases.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.SavedView;
import org.carebench.ui.Background;
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * The case list's saved views: choosing one shows its query, the current query can be saved under a name, and a
 * view deleted.
 */
final class SavedViewsBar {

	private final Supplier<CaseQuery> current;
	private final Consumer<CaseQuery> show;
	private final Consumer<String> failed;
	private final Combo views;
	private Button delete;
	private List<SavedView> saved = List.of();

	/**
	 * @param current the query the list shows now, to save
	 * @param show    shows a chosen view's query
	 * @param failed  shows why the views could not be read
	 */
	SavedViewsBar(Composite row, Supplier<CaseQuery> current, Consumer<CaseQuery> show, Consumer<String> failed) {
		this.current = current;
		this.show = show;
		this.failed = failed;
		Layouts.label(row, Messages.List_views);
		views = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(views);
		views.addListener(SWT.Selection, event -> {
			int index = views.getSelectionIndex();
			if (index > 0) {
				show.accept(saved.get(index - 1).query());
			}
			delete.setEnabled(index > 0);
		});
		Layouts.button(row, Messages.List_saveView, this::saveCurrent);
		delete = Layouts.button(row, Messages.List_deleteView, this::deleteChosen);
		delete.setEnabled(false);
	}

	/** Reads the user's views (in the background). */
	void load() {
		CaseSearchService search = Services.get(CaseSearchService.class);
		Background.run(views, Messages.Job_loadingList, search::savedViews, found -> {
			saved = found;
			views.removeAll();
			views.add(Messages.List_noView);
			found.forEach(view -> views.add(view.name()));
			views.select(0);
			delete.setEnabled(false);
		}, failed);
	}

	private void saveCurrent() {
		int chosen = views.getSelectionIndex();
		InputDialog name = new InputDialog(views.getShell(), Messages.List_saveViewTitle, Messages.List_saveViewName,
				chosen > 0 ? saved.get(chosen - 1).name() : "", //$NON-NLS-1$
				text -> text == null || text.isBlank() ? Messages.List_saveViewNameRequired : null);
		if (name.open() == Window.OK) {
			try {
				Services.get(CaseSearchService.class).saveView(name.getValue(), current.get());
				load();
			} catch (RuntimeException e) {
				MessageDialog.openError(views.getShell(), Messages.List_saveViewTitle, Problems.message(e));
			}
		}
	}

	private void deleteChosen() {
		int chosen = views.getSelectionIndex();
		if (chosen > 0 && MessageDialog.openQuestion(views.getShell(), Messages.List_deleteView,
				NLS.bind(Messages.List_deleteViewQuestion, saved.get(chosen - 1).name()))) {
			try {
				Services.get(CaseSearchService.class).deleteView(saved.get(chosen - 1).id());
			} catch (RuntimeException e) {
				Problems.log(e);
			}
			load();
		}
	}

	/** For tests. */
	Combo combo() {
		return views;
	}
}
