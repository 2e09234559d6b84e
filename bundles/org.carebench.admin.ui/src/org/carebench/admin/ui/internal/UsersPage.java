package org.carebench.admin.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.carebench.admin.ui.AdministrationPage;
import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.OrganizationRef;
import org.carebench.core.UserRef;
import org.carebench.ui.Background;
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Component;

/**
 * The users who may sign in: a new user with his role in a project, a password set for one who forgot his, a lock
 * lifted, a user who left deactivated. The services decide who may; a refusal shows here.
 */
@Component(service = AdministrationPage.class)
public class UsersPage implements AdministrationPage {

	@Override
	public String title() {
		return Messages.Users_title;
	}

	@Override
	public int position() {
		return 10;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = Layouts.columns(new Composite(parent, SWT.NONE), 4);
		Label status = Layouts.wholeRow(new Label(page, SWT.WRAP));
		Table table = Layouts.table(page, SWT.SINGLE, 300,
				new String[] { Messages.Users_login, Messages.Users_name, Messages.Users_organization },
				new int[] { 160, 240, 240 });
		Runnable load = () -> Background.run(table, Messages.Users_loading,
				() -> users(Services.get(DirectoryService.class).users()), rows -> fill(table, rows), status::setText);
		// the deactivated users' table comes below the buttons; set once it is made
		Runnable[] loadDeactivated = { () -> { } };
		Runnable reload = () -> {
			load.run();
			loadDeactivated[0].run();
		};
		Layouts.button(page, Messages.Users_new, () -> {
			NewUserDialog dialog = new NewUserDialog(page.getShell());
			if (dialog.open() == Window.OK) {
				status.setText(NLS.bind(Messages.Users_created, dialog.created().login()));
				load.run();
			}
		});
		Layouts.button(page, Messages.Users_setPassword, () -> chosen(table, user -> {
			if (new SetPasswordDialog(page.getShell(), user).open() == Window.OK) {
				status.setText(NLS.bind(Messages.Users_passwordSet, user.login()));
			}
		}));
		Layouts.button(page, Messages.Users_unlock, () -> chosen(table, user -> act(page, status,
				() -> Services.get(AuthenticationService.class).unlock(user.id()),
				NLS.bind(Messages.Users_unlocked, user.login()), null)));
		Layouts.button(page, Messages.Users_deactivate, () -> chosen(table, user -> {
			if (MessageDialog.openConfirm(page.getShell(), Messages.Users_deactivate,
					NLS.bind(Messages.Users_deactivateConfirm, user.displayName()))) {
				act(page, status, () -> Services.get(DirectoryService.class).deactivateUser(user.id()),
						NLS.bind(Messages.Users_deactivated, user.login()), reload);
			}
		}));
		Label deactivatedTitle = Layouts.wholeRow(new Label(page, SWT.NONE));
		deactivatedTitle.setText(Messages.Users_deactivatedTitle);
		Table deactivated = Layouts.table(page, SWT.SINGLE, 80,
				new String[] { Messages.Users_login, Messages.Users_name, Messages.Users_organization },
				new int[] { 160, 240, 240 });
		loadDeactivated[0] = () -> Background.run(deactivated, Messages.Users_loading,
				() -> users(Services.get(DirectoryService.class).deactivatedUsers()), rows -> fill(deactivated, rows),
				refused -> deactivatedTitle.setText("")); //$NON-NLS-1$
		Layouts.button(page, Messages.Users_reactivate, () -> chosen(deactivated, user -> act(page, status,
				() -> Services.get(DirectoryService.class).reactivateUser(user.id()),
				NLS.bind(Messages.Users_reactivated, user.login()), reload)));
		page.setData(Messages.Users_title);
		reload.run();
		return page;
	}

	/** A user with the name of his organization, as the table shows him. */
	private record Row(UserRef user, String organization) {
	}

	private static List<Row> users(List<UserRef> users) {
		Map<Long, String> organizations = Services.get(DirectoryService.class).organizations().stream()
				.collect(Collectors.toMap(OrganizationRef::id, OrganizationRef::name));
		return users.stream().map(user -> new Row(user, organizations.getOrDefault(user.organizationId(), ""))) //$NON-NLS-1$
				.toList();
	}

	private static void fill(Table table, List<Row> rows) {
		table.removeAll();
		rows.forEach(row -> {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.user().login(), row.user().displayName(), row.organization() });
			item.setData(row.user());
		});
	}

	private static void chosen(Table table, Consumer<UserRef> action) {
		if (table.getSelectionCount() == 1) {
			action.accept((UserRef) table.getSelection()[0].getData());
		}
	}

	/** Runs {@code change}; says {@code done} or shows the refusal, then {@code reload} (if any). */
	private static void act(Composite page, Label status, Runnable change, String done, Runnable reload) {
		try {
			change.run();
			status.setText(done);
			if (reload != null) {
				reload.run();
			}
		} catch (RuntimeException refused) {
			Problems.show(page.getShell(), Messages.Users_title, refused);
		}
	}
}
