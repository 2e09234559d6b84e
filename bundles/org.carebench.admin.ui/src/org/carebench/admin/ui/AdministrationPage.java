package org.carebench.admin.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A page of the administration perspective (users, the administration log; referrals' templates, survey types,
 * document types and help-desk calendars from their own bundles), registered as an OSGi service. The built-in pages
 * are made the same way. Pages appear by {@link #position()}; what a page changes goes through the services, which
 * refuse whoever may not.
 *
 * <pre>
 * &#64;Component
 * public class SurveyTypesPage implements AdministrationPage { ... }
 * </pre>
 */
public interface AdministrationPage {

	/** The tab's text, in the user's language. */
	String title();

	/** Where the tab goes: lower first. */
	int position();

	/** The page's control, made in {@code parent} once per administration view. */
	Control create(Composite parent);
}
