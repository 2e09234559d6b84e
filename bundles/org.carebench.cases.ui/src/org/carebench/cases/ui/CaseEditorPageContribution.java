package org.carebench.cases.ui;

/**
 * A page other bundles add to the case editor (care plan, referrals, surveys, files, calendar), registered as an
 * OSGi service. Pages appear after the case page, by {@link #position()}, and before the activity log.
 *
 * <pre>
 * &#64;Component
 * public class ReferralsPageContribution implements CaseEditorPageContribution { ... }
 * </pre>
 */
public interface CaseEditorPageContribution {

	/** The tab's text, in the user's language. */
	String title();

	/** Where the tab goes among the contributed ones: lower first. */
	int position();

	/** A new page for one editor; called once per editor that opens. */
	CaseEditorPage createPage();
}
