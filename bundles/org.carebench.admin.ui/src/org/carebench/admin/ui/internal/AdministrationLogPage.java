package org.carebench.admin.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.carebench.admin.ui.AdministrationPage;
import org.carebench.core.AdministrationEntry;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;
import org.carebench.ui.Background;
import org.carebench.ui.Dates;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Component;

/** The latest entries of the administration log, newest first (system administrators). */
@Component(service = AdministrationPage.class)
public class AdministrationLogPage implements AdministrationPage {

	private static final int SHOWN = 500;
	private static final String ACTIONS = "org.carebench.admin.ui.internal.actions"; //$NON-NLS-1$

	@Override
	public String title() {
		return Messages.Log_title;
	}

	@Override
	public int position() {
		return 90;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = Layouts.columns(new Composite(parent, SWT.NONE), 2);
		Label status = Layouts.fillRow(new Label(page, SWT.WRAP), 1);
		Table table = Layouts.table(page, SWT.SINGLE, 300,
				new String[] { Messages.Log_when, Messages.Log_who, Messages.Log_action, Messages.Log_subject,
						Messages.Log_before, Messages.Log_after },
				new int[] { 150, 170, 250, 140, 200, 260 });
		Runnable load = () -> Background.run(table, Messages.Log_loading,
				AdministrationLogPage::read, entries -> {
					fill(table, entries);
					status.setText(""); //$NON-NLS-1$
				}, refused -> status.setText(refused));
		Layouts.button(page, Messages.Log_refresh, load);
		page.setData(Messages.Log_title);
		load.run();
		return page;
	}

	/** The entries, with the names of the users and the codes of the projects they are about. */
	private record Read(List<AdministrationEntry> entries, Map<Long, String> users, Map<Long, String> projects) {
	}

	private static Read read() {
		List<AdministrationEntry> entries = Services.get(AdministrationLog.class).latest(SHOWN);
		DirectoryService directory = Services.get(DirectoryService.class);
		return new Read(entries,
				directory.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName)),
				directory.projects().stream().collect(Collectors.toMap(ProjectRef::id, ProjectRef::code)));
	}

	private static void fill(Table table, Read read) {
		ResourceBundle actions = ResourceBundle.getBundle(ACTIONS, Locale.getDefault(),
				AdministrationLogPage.class.getClassLoader());
		table.removeAll();
		for (AdministrationEntry entry : read.entries()) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { Dates.dateTime(entry.occurredAt()), entry.actor().displayName(),
					actions.containsKey(entry.action()) ? actions.getString(entry.action()) : entry.action(),
					about(entry.subject(), read), entry.before() == null ? "" : entry.before(), //$NON-NLS-1$
					entry.after() == null ? "" : entry.after() }); //$NON-NLS-1$
			row.setData(entry);
		}
	}

	/** A user by his name, a project by its code, anything else by its kind and id. */
	private static String about(Subject subject, Read read) {
		Long id = subject.id();
		if (id != null && AdministrationLog.USER.equals(subject.kind()) && read.users().containsKey(id)) {
			return read.users().get(id);
		}
		if (id != null && AdministrationLog.PROJECT.equals(subject.kind()) && read.projects().containsKey(id)) {
			return read.projects().get(id);
		}
		return subject.kind() + (id == null ? "" : " #" + id); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
