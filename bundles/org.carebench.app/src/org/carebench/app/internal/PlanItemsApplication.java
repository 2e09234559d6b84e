package org.carebench.app.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.core.AuthenticationService;
import org.carebench.core.CarebenchException;
import org.carebench.persistence.Database;
import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSetupService;
import org.carebench.planning.PlanSummary;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.Money;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * {@code CAREBENCH_PASSWORD=… carebench -application org.carebench.app.planItems -carebench.user <login>}: what
 * an administrator checks after installing or removing a plan item type's feature. Prints the plan item types
 * installed ({@code type <id> | <label>}) and the items of the first care plan the user sees ({@code item <id> |
 * <type> | installed or not | <values>}). With {@code -carebench.addItem <typeId>} and {@code -carebench.value
 * key=value} (repeated), first adds an item of that type to that plan. Exits 0, or 2 when it cannot.
 */
public class PlanItemsApplication implements IApplication {

	private static final int CANNOT = 2;

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = System.out;
		String[] args = Platform.getApplicationArgs();
		StartupOptions options = StartupOptions.parse(args, AppPreferences.database());
		try {
			Services.get(Database.class).open(options.database());
			if (options.demoCases() > 0) {
				Startup.loadDemoDataQuietly(options.demoCases());
			}
			if (options.passwordOnCommandLine()) {
				out.println(Messages.Startup_passwordOnCommandLine);
				return Integer.valueOf(2);
			}
			char[] password = VerifyLogApplication.password(options);
			Services.get(AuthenticationService.class).signIn(options.userLogin().orElse(""), //$NON-NLS-1$
					password == null ? new char[0] : password);
			PlanService plans = Services.get(PlanService.class);
			List<ItemTypeInfo> types = Services.get(PlanSetupService.class).itemTypes();
			types.forEach(type -> out.println("type " + type.id() + " | " + type.label())); //$NON-NLS-1$ //$NON-NLS-2$
			Optional<ServicePlan> plan = firstPlan(plans);
			if (plan.isEmpty()) {
				out.println("no care plan"); //$NON-NLS-1$
				return IApplication.EXIT_OK;
			}
			Optional<String> added = argument(args, "-carebench.addItem"); //$NON-NLS-1$
			if (added.isPresent()) {
				ItemTypeInfo type = types.stream().filter(t -> t.id().equals(added.get())).findFirst()
						.orElseThrow(() -> new IllegalArgumentException("not installed: " + added.get())); //$NON-NLS-1$
				PlanItemDraft draft = new PlanItemDraft(type.id()).name(type.label())
						.ownedByUser(Services.get(org.carebench.core.Session.class).user().orElseThrow().id());
				for (String pair : arguments(args, "-carebench.value")) { //$NON-NLS-1$
					String key = pair.substring(0, pair.indexOf('='));
					FieldSpec spec = type.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
					draft.value(key, typed(spec, pair.substring(pair.indexOf('=') + 1)));
				}
				plans.addItem(plan.get().subGoals().get(0).id(), draft);
				plan = Optional.of(plans.plan(plan.get().id()));
			}
			for (PlanItem item : plan.get().items()) {
				out.println("item " + item.id() + " | " + item.typeLabel() + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (item.typeKnown() ? "installed" : "not installed") + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ item.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()) //$NON-NLS-1$
								.collect(Collectors.joining(", "))); //$NON-NLS-1$
			}
			return IApplication.EXIT_OK;
		} catch (CarebenchException | IllegalArgumentException | java.util.NoSuchElementException refused) {
			out.println(refused.getMessage());
			return CANNOT;
		} finally {
			Services.optional(Database.class).ifPresent(Database::close);
		}
	}

	private static Optional<ServicePlan> firstPlan(PlanService plans) {
		CaseService cases = Services.get(CaseService.class);
		for (long caseId : cases.findCaseIds(CaseQuery.ALL)) {
			List<PlanSummary> found = plans.plans(caseId);
			if (!found.isEmpty()) {
				return Optional.of(plans.plan(found.get(0).id()));
			}
		}
		return Optional.empty();
	}

	private static Object typed(FieldSpec spec, String text) {
		return switch (spec.kind()) {
			case TEXT, CHOICE -> text;
			case NUMBER -> new BigDecimal(text);
			case DATE -> LocalDate.parse(text);
			case BOOLEAN -> Boolean.valueOf(text);
			case MONEY -> Money.of(text.substring(0, text.indexOf(' ')), text.substring(text.indexOf(' ') + 1));
		};
	}

	private static Optional<String> argument(String[] args, String name) {
		List<String> all = arguments(args, name);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	private static List<String> arguments(String[] args, String name) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				values.add(args[i + 1]);
			}
		}
		return values;
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
