package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseService;
import org.carebench.cases.OpenCase;
import org.carebench.cases.ui.CaseEditorPage;
import org.carebench.cases.ui.CaseEditorPageContribution;
import org.carebench.cases.ui.internal.WorkSection.Edits;
import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.ui.Background;
import org.carebench.ui.Events;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/**
 * A case, in pages with tabs at the bottom as caseworkers know them: the case itself ({@link CasePage}), the pages
 * other bundles contribute, and the activity log ({@link ActivityLogPage}). Everything it shows comes from one
 * service call ({@link CaseService#open}), which also says what the user may do. Status and assignment are saved
 * with Ctrl+S; a save refused because someone else changed the case keeps the user's edits and offers to reload with
 * or without them.
 */
public class CaseEditor extends MultiPageEditorPart {

	public static final String ID = "org.carebench.cases.ui.caseEditor"; //$NON-NLS-1$

	private FormToolkit toolkit;
	private CasePage casePage;
	private ActivityLogPage logPage;
	private final List<CaseEditorPage> contributedPages = new ArrayList<>();
	/** The case each contributed page last showed: a page is shown the case when it is first looked at. */
	private final List<CaseDetails> shownToPage = new ArrayList<>();
	private OpenCase open;
	private final List<ServiceRegistration<EventHandler>> subscriptions = new ArrayList<>();
	private final CaseSelection selection = new CaseSelection();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CaseEditorInput)) {
			throw new PartInitException("Not a case: " + input); //$NON-NLS-1$
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(selection);
	}

	long caseId() {
		return ((CaseEditorInput) getEditorInput()).caseId();
	}

	@Override
	protected void createPages() {
		Composite parent = getContainer();
		toolkit = new FormToolkit(parent.getDisplay());
		casePage = new CasePage(this, toolkit, parent);
		setPageText(addPage(casePage.form()), Messages.Editor_sectionCase);
		addContributedPages(parent);
		logPage = new ActivityLogPage(toolkit, parent);
		setPageText(addPage(logPage.form()), Messages.Editor_sectionLog);
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.CHANGED, event -> {
			if (Objects.equals(event.getProperty(CaseEvents.CASE_ID), caseId())) {
				reloadUnlessEdited();
			}
		}));
		subscriptions.add(Events.subscribe(parent.getDisplay(), CaseEvents.MANY_CHANGED, event -> reloadUnlessEdited()));
		load(Optional.empty());
	}

	private void reloadUnlessEdited() {
		if (!isDirty() && !casePage.form().isDisposed()) {
			load(Optional.empty());
		}
	}

	/** The pages other bundles contribute, in their order, between the case page and the activity log. */
	private void addContributedPages(Composite parent) {
		List<CaseEditorPageContribution> contributions = new ArrayList<>(
				Services.all(CaseEditorPageContribution.class));
		contributions.sort(Comparator.comparingInt(CaseEditorPageContribution::position));
		for (CaseEditorPageContribution contribution : contributions) {
			try {
				CaseEditorPage page = contribution.createPage();
				setPageText(addPage(page.createControl(parent, toolkit)), contribution.title());
				contributedPages.add(page);
				shownToPage.add(null);
			} catch (RuntimeException e) {
				Problems.log(e); // one broken contribution does not keep the case from opening
			}
		}
	}

	/**
	 * Opens the case (one service call, off the UI thread); {@code keep} re-applies the user's unsaved edits on top
	 * of the new version.
	 */
	private void load(Optional<Edits> keep) {
		Background.run(casePage.form(), NLS.bind(Messages.Job_loadingCase, getEditorInput().getName()),
				() -> Services.get(CaseService.class).open(caseId()), loaded -> {
					show(loaded);
					keep.ifPresent(casePage.work::apply);
				}, casePage::failed);
	}

	private void show(OpenCase loaded) {
		open = loaded;
		CaseDetails details = loaded.details();
		setPartName(details.code());
		setTitleToolTip(details.code() + " \u00b7 " + CaseLabels.client(details.client())); //$NON-NLS-1$
		casePage.show(loaded);
		logPage.show(loaded);
		showContributedPage(getActivePage());
		selection.set(new StructuredSelection(details));
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		showContributedPage(newPageIndex);
	}

	/** Shows the loaded case to the contributed page at {@code pageIndex}, unless it already shows that version. */
	private void showContributedPage(int pageIndex) {
		int index = pageIndex - 1;
		if (open == null || index < 0 || index >= contributedPages.size()) {
			return;
		}
		CaseDetails details = open.details();
		if (details.equals(shownToPage.get(index))) {
			return;
		}
		shownToPage.set(index, details);
		try {
			contributedPages.get(index).show(details);
		} catch (RuntimeException e) {
			Problems.log(e);
		}
	}

	void editsChanged() {
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isDirty() {
		return casePage != null && open != null && !casePage.work.edits().isEmpty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Edits chosen = casePage.work.edits();
		CaseDetails base = open.details();
		CaseService cases = Services.get(CaseService.class);
		try {
			CaseDetails saved = Background.whileBusy(NLS.bind(Messages.Job_savingCase, base.code()), () -> {
				CaseDetails current = base;
				if (chosen.statusCode() != null) {
					current = cases.changeStatus(current.id(), chosen.statusCode(), chosen.closingReason(),
							current.version());
				}
				if (chosen.assigneeChanged()) {
					current = cases.assign(current.id(), chosen.assigneeId(), current.version());
				}
				if (chosen.teamChanged()) {
					current = cases.assignTeam(current.id(), chosen.teamId(), current.version());
				}
				return current;
			});
			casePage.work.saved(saved);
			firePropertyChange(PROP_DIRTY);
			load(Optional.empty());
		} catch (ConcurrentChangeException conflict) {
			monitor.setCanceled(true);
			resolveConflict(conflict, chosen);
		} catch (CarebenchException refused) {
			monitor.setCanceled(true);
			showRefusal(refused.getMessage());
		}
	}

	private void resolveConflict(ConcurrentChangeException conflict, Edits chosen) {
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Editor_conflictTitle, null,
				NLS.bind(Messages.Editor_conflictMessage, conflict.getMessage()), MessageDialog.WARNING, 0,
				Messages.Editor_conflictReloadKeep, Messages.Editor_conflictReloadDiscard,
				Messages.Editor_conflictCancel);
		switch (dialog.open()) {
			case 0 -> load(Optional.of(chosen));
			case 1 -> load(Optional.empty());
			default -> {
				// the user's edits stay in the editor, unsaved
			}
		}
	}

	void share(boolean share) {
		CaseDetails base = open.details();
		try {
			Background.whileBusy(NLS.bind(Messages.Job_savingCase, base.code()),
					() -> Services.get(CaseService.class).share(base.id(), share, base.version()));
			load(Optional.of(casePage.work.edits()));
		} catch (CarebenchException refused) {
			casePage.sharedRefused(share);
			showRefusal(refused.getMessage());
		}
	}

	/**
	 * Makes a change at once (a flag, a note, a link), off the UI thread; on success {@code done} runs and the case
	 * reloads keeping unsaved edits, on refusal {@code refused} gets the message.
	 */
	void changeNow(Supplier<Object> change, Runnable done, Consumer<String> refused) {
		String code = open == null ? getEditorInput().getName() : open.details().code();
		Background.run(casePage.form(), NLS.bind(Messages.Job_savingCase, code), change, result -> {
			done.run();
			load(Optional.of(casePage.work.edits()));
		}, refused);
	}

	void showRefusal(String message) {
		MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, message);
	}

	@Override
	public void doSaveAs() {
		// a case has no "save as"
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (getActivePage() == 0) {
			casePage.form().setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		subscriptions.forEach(ServiceRegistration::unregister);
		subscriptions.clear();
		for (CaseEditorPage page : contributedPages) {
			try {
				page.dispose();
			} catch (RuntimeException e) {
				Problems.log(e);
			}
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** Brings the activity log page (the last one) to the front. */
	void showActivityLog() {
		setActivePage(getPageCount() - 1);
	}

	/** Brings a page to the front by its tab's text; false when there is none. */
	boolean showPage(String title) {
		for (int i = 0; i < getPageCount(); i++) {
			if (title.equals(getPageText(i))) {
				setActivePage(i);
				return true;
			}
		}
		return false;
	}

	/** Brings a contributed page to the front by its tab's text; the pages follow the case page in their order. */
	public Optional<CaseEditorPage> showContributedPage(String title) {
		for (int i = 0; i < contributedPages.size(); i++) {
			if (title.equals(getPageText(i + 1))) {
				setActivePage(i + 1);
				return Optional.of(contributedPages.get(i));
			}
		}
		return Optional.empty();
	}

	/** The case as last opened, with what the user may do. */
	OpenCase opened() {
		return open;
	}

	/** For tests: the loaded case and the sections a user works with. */
	CaseDetails details() {
		return open == null ? null : open.details();
	}

	/** The case page, whose sections tests drive. */
	CasePage casePage() {
		return casePage;
	}

	List<CaseEditorPage> contributedPages() {
		return contributedPages;
	}

	ActivityLogSection activity() {
		return logPage.log;
	}

	org.eclipse.swt.widgets.Button sharedButton() {
		return casePage.sharedButton();
	}
}
