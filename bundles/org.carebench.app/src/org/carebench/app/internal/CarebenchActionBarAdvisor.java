package org.carebench.app.internal;

import org.carebench.core.UserRef;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.jface.action.StatusLineContributionItem;

/**
 * Menus as Eclipse users expect them (File, Case, Window, Help), the tool bar, and the status line that says who
 * is signed in and which database is open. Area bundles add their commands to the Case menu ({@link #CASE_MENU}).
 */
final class CarebenchActionBarAdvisor extends ActionBarAdvisor {

	/** Menu id area bundles contribute to ({@code menu:org.carebench.menu.case}). */
	static final String CASE_MENU = "org.carebench.menu.case"; //$NON-NLS-1$

	private final UserRef user;
	private final String database;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IContributionItem views;

	CarebenchActionBarAdvisor(IActionBarConfigurer configurer, UserRef user, String database) {
		super(configurer);
		this.user = user;
		this.database = database;
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager cases = new MenuManager(Messages.Menu_case, CASE_MENU);
		cases.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		showView.add(views);
		window.add(showView);
		window.add(resetPerspective);
		// Administration and other perspectives of installed bundles (menu:window?after=additions)
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(about);

		menuBar.add(file);
		menuBar.add(cases);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(save);
		coolBar.add(new ToolBarContributionItem(toolBar, "org.carebench.toolbar.file")); //$NON-NLS-1$
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		StatusLineContributionItem session = new StatusLineContributionItem("org.carebench.status.session", 90); //$NON-NLS-1$
		session.setText(NLS.bind(Messages.Status_session, user.displayName(), database));
		statusLine.add(session);
	}
}
