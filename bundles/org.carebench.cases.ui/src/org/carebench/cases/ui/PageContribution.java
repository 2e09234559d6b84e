package org.carebench.cases.ui;

import java.util.function.Supplier;

/**
 * A {@link CaseEditorPageContribution} given by its tab's text, its position and how to make a page: what most
 * contributions are.
 *
 * <pre>
 * &#64;Component(service = CaseEditorPageContribution.class)
 * public class ReferralsPageContribution extends PageContribution {
 * 	public ReferralsPageContribution() {
 * 		super(Messages.Page_title, 30, ReferralsPage::new);
 * 	}
 * }
 * </pre>
 */
public abstract class PageContribution implements CaseEditorPageContribution {

	private final String title;
	private final int position;
	private final Supplier<CaseEditorPage> pages;

	protected PageContribution(String title, int position, Supplier<CaseEditorPage> pages) {
		this.title = title;
		this.position = position;
		this.pages = pages;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public int position() {
		return position;
	}

	@Override
	public CaseEditorPage createPage() {
		return pages.get();
	}
}
