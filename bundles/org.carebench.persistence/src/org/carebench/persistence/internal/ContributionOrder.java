package org.carebench.persistence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carebench.core.SchemaContribution;
import org.eclipse.osgi.util.NLS;

/** Orders schema contributions so that each comes after those it depends on; ties broken by id for repeatability. */
final class ContributionOrder {

	private ContributionOrder() {
	}

	/**
	 * The contributions in migration order. A contribution whose dependency is absent is left out (its tables would
	 * refer to tables that do not exist) and reported in {@code skipped}.
	 */
	static List<SchemaContribution> sort(List<SchemaContribution> contributions, List<String> skipped) {
		Map<String, SchemaContribution> byId = new LinkedHashMap<>();
		contributions.stream().sorted(Comparator.comparing(SchemaContribution::id))
				.forEach(c -> byId.putIfAbsent(c.id(), c));
		List<SchemaContribution> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		Map<String, Boolean> visiting = new HashMap<>();
		for (SchemaContribution contribution : byId.values()) {
			visit(contribution, byId, done, visiting, ordered, skipped);
		}
		return ordered;
	}

	private static boolean visit(SchemaContribution contribution, Map<String, SchemaContribution> byId,
			Set<String> done, Map<String, Boolean> visiting, List<SchemaContribution> ordered, List<String> skipped) {
		String id = contribution.id();
		if (done.contains(id)) {
			return true;
		}
		if (visiting.containsKey(id)) {
			throw new IllegalStateException(NLS.bind("Schema contributions depend on each other in a cycle through {0}", id)); //$NON-NLS-1$
		}
		if (skipped.contains(id)) {
			return false;
		}
		visiting.put(id, Boolean.TRUE);
		boolean satisfied = true;
		for (String dependency : contribution.dependsOn()) {
			SchemaContribution required = byId.get(dependency);
			if (required == null || !visit(required, byId, done, visiting, ordered, skipped)) {
				satisfied = false;
			}
		}
		visiting.remove(id);
		if (!satisfied) {
			skipped.add(id);
			return false;
		}
		done.add(id);
		ordered.add(contribution);
		return true;
	}
}
