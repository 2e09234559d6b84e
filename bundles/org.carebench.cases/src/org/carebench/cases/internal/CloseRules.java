package org.carebench.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CloseRule;
import org.carebench.cases.Workflow;
import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The close rules installed (this bundle's and other bundles'), for every service that closes cases. */
@Component(service = CloseRules.class)
public class CloseRules {

	private final List<CloseRule> rules = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void addRule(CloseRule rule) {
		rules.add(rule);
	}

	public void removeRule(CloseRule rule) {
		rules.remove(rule);
	}

	/** The rules, by label. */
	List<CloseRule> all() {
		List<CloseRule> sorted = new ArrayList<>(rules);
		sorted.sort(Comparator.comparing(CloseRule::label));
		return sorted;
	}

	/** Refuses, naming what is missing, unless every close rule the workflow applies lets the case close. */
	void refuseUnlessPassed(Workflow workflow, CaseDetails theCase) {
		List<String> missing = new ArrayList<>();
		for (String ruleId : workflow.closeRules()) {
			rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst()
					.flatMap(rule -> rule.check(theCase)).ifPresent(missing::add);
		}
		if (!missing.isEmpty()) {
			throw new ValidationException("status", //$NON-NLS-1$
					NLS.bind(Messages.Case_closeRulesFailed, String.join("; ", missing))); //$NON-NLS-1$
		}
	}
}
