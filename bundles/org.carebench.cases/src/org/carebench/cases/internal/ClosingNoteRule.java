package org.carebench.cases.internal;

import java.util.Optional;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CloseRule;
import org.carebench.core.LabeledContribution;
import org.osgi.service.component.annotations.Component;

/** A close rule of the cases bundle itself: a case is closed only once a note tells what came of it. */
@Component(service = CloseRule.class)
public class ClosingNoteRule extends LabeledContribution implements CloseRule {

	public static final String ID = "org.carebench.cases.closingNote"; //$NON-NLS-1$

	public ClosingNoteRule() {
		super(ID, Messages.Rule_closingNote);
	}

	@Override
	public Optional<String> check(CaseDetails theCase) {
		return theCase.notes().isEmpty() ? Optional.of(Messages.Rule_closingNoteMissing) : Optional.empty();
	}
}
