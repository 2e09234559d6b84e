package org.carebench.admin.ui.internal;

import java.util.List;

import org.carebench.core.AuthenticationService;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.OrganizationRef;
import org.carebench.core.ProjectRef;
import org.carebench.core.RoleRef;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A new user: his organization, login and name, his first password, and his role in one project. Made in that
 * order through the services; a refusal shows in the title area and what was typed stays.
 */
public final class NewUserDialog extends CarebenchDialog {

	private final List<OrganizationRef> organizations;
	private final List<ProjectRef> projects;
	private final List<RoleRef> roles;
	private Combo organization;
	private Text login;
	private Text name;
	private Combo project;
	private Combo role;
	private Text password;
	private Text again;
	private UserRef created;

	public NewUserDialog(Shell parent) {
		super(parent, Messages.NewUser_title, 2);
		setOkLabel(Messages.NewUser_ok);
		organizations = Services.get(DirectoryService.class).organizations();
		projects = Services.get(DirectoryService.class).projects();
		roles = Services.get(MembershipService.class).roles();
	}

	@Override
	protected void createArea(Composite grid) {
		setMessage(Messages.NewUser_message);
		organization = Layouts.comboRow(grid, Messages.Users_organization);
		organizations.forEach(each -> organization.add(each.name()));
		login = Layouts.textRow(grid, Messages.Users_login, SWT.NONE);
		name = Layouts.textRow(grid, Messages.Users_name, SWT.NONE);
		project = Layouts.comboRow(grid, Messages.NewUser_project);
		projects.forEach(each -> project.add(each.code() + " \u2013 " + each.name())); //$NON-NLS-1$
		role = Layouts.comboRow(grid, Messages.NewUser_role);
		roles.forEach(each -> role.add(each.name()));
		password = Layouts.textRow(grid, Messages.NewUser_password, SWT.PASSWORD);
		again = Layouts.textRow(grid, Messages.NewUser_passwordAgain, SWT.PASSWORD);
		organization.setFocus();
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			if (organization.getSelectionIndex() < 0 || project.getSelectionIndex() < 0
					|| role.getSelectionIndex() < 0) {
				throw new ValidationException("organization", Messages.NewUser_choose); //$NON-NLS-1$
			}
			requireSamePassword(password, again, Messages.NewUser_passwordsDiffer);
			if (created == null) {
				created = Services.get(DirectoryService.class).createUser(
						organizations.get(organization.getSelectionIndex()).id(), login.getText(), name.getText());
			}
			Services.get(AuthenticationService.class).setPassword(created.id(), password.getTextChars());
			Services.get(MembershipService.class).addMember(created.id(),
					projects.get(project.getSelectionIndex()).id(), roles.get(role.getSelectionIndex()).code());
		});
	}

	/** The user made, once OK was pressed. */
	public UserRef created() {
		return created;
	}

	/** The organization, login, name, project, role, password and password again; for tests. */
	public Object[] fields() {
		return new Object[] { organization, login, name, project, role, password, again };
	}
}
