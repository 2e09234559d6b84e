package org.carebench.cases.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseStatus;
import org.carebench.core.ActivityEntry;
import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.DirectoryService;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/**
 * A case, in pages with tabs at the bottom as caseworkers know them: the case itself (client, dates, status and
 * assignment saved with Ctrl+S, notes added at once) and its activity log. A save refused because someone else
 * changed the case keeps the user's edits and offers to reload with or without them.
 */
public class CaseEditor extends MultiPageEditorPart {

	public static final String ID = "org.carebench.cases.ui.caseEditor"; //$NON-NLS-1$

	private CaseService cases;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Label client;
	private Label project;
	private Label organization;
	private Label opened;
	private Label lastActivity;
	private Label closed;
	private Combo status;
	private Combo assignee;
	private Button assignToMe;
	private NotesSection notes;
	private ActivityLogSection activity;
	private final List<CaseStatus> statuses = new ArrayList<>();
	private final List<UserRef> users = new ArrayList<>();
	private CaseDetails details;
	private ServiceRegistration<EventHandler> subscription;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CaseEditorInput)) {
			throw new PartInitException("Not a case: " + input); //$NON-NLS-1$
		}
		super.init(site, input);
		setPartName(input.getName());
	}

	long caseId() {
		return ((CaseEditorInput) getEditorInput()).caseId();
	}

	@Override
	protected void createPages() {
		Composite parent = getContainer();
		cases = CasesUi.service(CaseService.class);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Editor_loading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, true));
		Composite left = column(body);
		createCaseSection(left);
		createWorkSection(left);
		notes = new NotesSection(toolkit, column(body), this::addNote);
		setPageText(addPage(form), Messages.Editor_sectionCase);

		ScrolledForm logForm = toolkit.createScrolledForm(parent);
		logForm.getBody().setLayout(new GridLayout(1, false));
		activity = new ActivityLogSection(toolkit, logForm.getBody());
		setPageText(addPage(logForm), Messages.Editor_sectionLog);

		subscription = CasesUi.subscribe(CaseEvents.CHANGED, parent.getDisplay(), event -> {
			if (Objects.equals(event.getProperty(CaseEvents.CASE_ID), caseId()) && !isDirty() && !form.isDisposed()) {
				load(Optional.empty());
			}
		});
		load(Optional.empty());
	}

	private Composite column(Composite body) {
		Composite column = toolkit.createComposite(body);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		return column;
	}

	private void createCaseSection(Composite parent) {
		Composite grid = FormSections.create(toolkit, parent, Messages.Editor_sectionCase, 2, false);
		client = field(grid, Messages.Editor_client);
		project = field(grid, Messages.Editor_project);
		organization = field(grid, Messages.Editor_organization);
		opened = field(grid, Messages.Editor_opened);
		lastActivity = field(grid, Messages.Editor_lastActivity);
		closed = field(grid, Messages.Editor_closed);
	}

	private Label field(Composite grid, String label) {
		toolkit.createLabel(grid, label).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label value = toolkit.createLabel(grid, "", SWT.WRAP); //$NON-NLS-1$
		value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return value;
	}

	private void createWorkSection(Composite parent) {
		Composite grid = FormSections.create(toolkit, parent, Messages.Editor_sectionWork, 3, false);
		toolkit.createLabel(grid, Messages.Editor_status);
		status = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		status.addListener(SWT.Selection, event -> firePropertyChange(PROP_DIRTY));
		toolkit.createLabel(grid, Messages.Editor_assignee);
		assignee = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		assignee.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		assignee.addListener(SWT.Selection, event -> firePropertyChange(PROP_DIRTY));
		assignToMe = toolkit.createButton(grid, Messages.Editor_assignToMe, SWT.PUSH);
		assignToMe.addListener(SWT.Selection, event -> assignToMe());
		for (var control : new org.eclipse.swt.widgets.Control[] { status, assignee, assignToMe }) {
			control.setEnabled(false);
		}
	}

	/** Loads the case (in a job); {@code keep} re-applies the user's unsaved choices on top of the new version. */
	private void load(Optional<Edits> keep) {
		String code = getEditorInput().getName();
		Job.create(NLS.bind(Messages.Job_loadingCase, code), monitor -> {
			try {
				Optional<CaseDetails> found = cases.getCase(caseId());
				List<ActivityEntry> log = found.isPresent() ? cases.activityLog(caseId()) : List.of();
				List<CaseStatus> allStatuses = statuses.isEmpty() ? cases.statuses() : statuses;
				List<UserRef> allUsers = users.isEmpty() ? CasesUi.service(DirectoryService.class).users() : users;
				onUi(() -> {
					if (found.isEmpty()) {
						form.setText(NLS.bind(Messages.Editor_notFound, code));
						return;
					}
					if (statuses.isEmpty()) {
						statuses.addAll(allStatuses);
						users.addAll(allUsers);
					}
					show(found.get(), log);
					keep.ifPresent(this::apply);
				});
			} catch (RuntimeException e) {
				onUi(() -> form.setText(CasesUi.userMessage(e)));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(CaseDetails loaded, List<ActivityEntry> log) {
		details = loaded;
		String clientName = CaseLabels.client(loaded.client());
		form.setText(loaded.code() + " \u00b7 " + clientName); //$NON-NLS-1$
		setPartName(loaded.code());
		setTitleToolTip(loaded.code() + " \u00b7 " + clientName); //$NON-NLS-1$
		client.setText(clientName);
		project.setText(loaded.project().name());
		organization.setText(loaded.organization().name());
		opened.setText(CaseLabels.dateTime(loaded.openedAt()));
		lastActivity.setText(CaseLabels.dateTime(loaded.lastActivityAt()));
		closed.setText(loaded.closedAt() == null ? Messages.Editor_notClosed : CaseLabels.dateTime(loaded.closedAt()));
		status.removeAll();
		statuses.forEach(s -> status.add(CaseLabels.status(s)));
		assignee.removeAll();
		assignee.add(Messages.Unassigned);
		users.forEach(user -> assignee.add(user.displayName()));
		select(loaded.status().code(), loaded.assignee() == null ? null : loaded.assignee().id());
		for (var control : new org.eclipse.swt.widgets.Control[] { status, assignee, assignToMe }) {
			control.setEnabled(true);
		}
		notes.show(loaded.notes());
		activity.show(log);
		form.reflow(true);
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * What the user changed in the editor, relative to the case as loaded: only these are saved, and only these
	 * are re-applied when the case is reloaded over someone else's change.
	 *
	 * @param statusCode      the new status, or {@code null} when the status was not changed
	 * @param assigneeChanged whether the assignment was changed
	 * @param assigneeId      the new assignee ({@code null}: unassigned), when it was changed
	 */
	record Edits(String statusCode, boolean assigneeChanged, Long assigneeId) {

		static final Edits NONE = new Edits(null, false, null);

		boolean isEmpty() {
			return statusCode == null && !assigneeChanged;
		}
	}

	private Edits edits() {
		if (details == null || status.isDisposed()) {
			return Edits.NONE;
		}
		int statusIndex = status.getSelectionIndex();
		String chosenStatus = statusIndex < 0 ? details.status().code() : statuses.get(statusIndex).code();
		int assigneeIndex = assignee.getSelectionIndex();
		Long chosenAssignee = assigneeIndex <= 0 ? null : users.get(assigneeIndex - 1).id();
		Long loadedAssignee = details.assignee() == null ? null : details.assignee().id();
		return new Edits(chosenStatus.equals(details.status().code()) ? null : chosenStatus,
				!Objects.equals(chosenAssignee, loadedAssignee), chosenAssignee);
	}

	/** Shows {@code statusCode} and {@code assigneeId} in the combos. */
	private void select(String statusCode, Long assigneeId) {
		for (int i = 0; i < statuses.size(); i++) {
			if (statuses.get(i).code().equals(statusCode)) {
				status.select(i);
			}
		}
		assignee.select(0);
		for (int i = 0; i < users.size(); i++) {
			if (Long.valueOf(users.get(i).id()).equals(assigneeId)) {
				assignee.select(i + 1);
			}
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** Re-applies the user's edits on top of the case as now loaded. */
	private void apply(Edits edits) {
		String statusCode = edits.statusCode() != null ? edits.statusCode() : details.status().code();
		Long assigneeId = edits.assigneeChanged() ? edits.assigneeId()
				: details.assignee() == null ? null : details.assignee().id();
		select(statusCode, assigneeId);
	}

	private void assignToMe() {
		CasesUi.service(Session.class).user().ifPresent(me -> {
			int statusIndex = status.getSelectionIndex();
			select(statusIndex < 0 ? details.status().code() : statuses.get(statusIndex).code(), me.id());
		});
	}

	@Override
	public boolean isDirty() {
		return status != null && !edits().isEmpty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Edits chosen = edits();
		CaseDetails base = details;
		try {
			CaseDetails saved = whileBusy(NLS.bind(Messages.Job_savingCase, base.code()), () -> {
				CaseDetails current = base;
				if (chosen.statusCode() != null) {
					current = cases.changeStatus(current.id(), chosen.statusCode(), current.version());
				}
				if (chosen.assigneeChanged()) {
					current = cases.assign(current.id(), chosen.assigneeId(), current.version());
				}
				return current;
			});
			show(saved, activity.entries());
			load(Optional.empty());
		} catch (ConcurrentChangeException conflict) {
			monitor.setCanceled(true);
			resolveConflict(conflict, chosen);
		} catch (CarebenchException refused) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, refused.getMessage());
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
				// the user's choices stay in the editor, unsaved
			}
		}
	}

	private void addNote(String text) {
		String code = details == null ? getEditorInput().getName() : details.code();
		Job.create(NLS.bind(Messages.Job_addingNote, code), monitor -> {
			try {
				cases.addNote(caseId(), text);
				onUi(() -> {
					notes.added();
					load(Optional.of(edits()));
				});
			} catch (RuntimeException e) {
				onUi(() -> notes.refused(CasesUi.userMessage(e)));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Runs service work off the UI thread with a busy cursor (and a progress dialog if it takes long). */
	private static <T> T whileBusy(String task, java.util.function.Supplier<T> work) {
		Object[] result = new Object[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					result[0] = work.get();
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CarebenchException(task);
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	private void onUi(Runnable update) {
		if (form == null || form.isDisposed()) {
			return;
		}
		form.getDisplay().asyncExec(() -> {
			if (!form.isDisposed()) {
				update.run();
			}
		});
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
			form.setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (subscription != null) {
			subscription.unregister();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** Brings the activity log page to the front. */
	void showActivityLog() {
		setActivePage(1);
	}

	/** For tests: the loaded case and the controls a user works with. */
	CaseDetails details() {
		return details;
	}

	Combo statusCombo() {
		return status;
	}

	Combo assigneeCombo() {
		return assignee;
	}

	NotesSection notes() {
		return notes;
	}

	ActivityLogSection activity() {
		return activity;
	}
}
