package org.carebench.planning.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.api.PlanItemType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The plan item types installed now: Carebench's own and those of agencies' bundles, as they come and go. */
@Component(service = PlanItemTypes.class)
public class PlanItemTypes {

	private final List<PlanItemType> types = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void addType(PlanItemType type) {
		types.add(type);
	}

	public void removeType(PlanItemType type) {
		types.remove(type);
	}

	/** The installed type of that id, or {@code null}. */
	PlanItemType type(String id) {
		return types.stream().filter(type -> type.id().equals(id)).findFirst().orElse(null);
	}

	/** The installed types as screens offer them, by label. */
	List<ItemTypeInfo> infos() {
		return types.stream().map(type -> new ItemTypeInfo(type.id(), type.label(), type.fields(), type.definedNames(),
				type.authorizedUnits(Map.of()) != null)).sorted(Comparator.comparing(ItemTypeInfo::label)).toList();
	}
}
