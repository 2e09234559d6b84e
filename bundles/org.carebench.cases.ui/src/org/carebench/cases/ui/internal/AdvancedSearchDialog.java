package org.carebench.cases.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.FlagType;
import org.carebench.cases.SearchRule;
import org.carebench.cases.SearchRule.Field;
import org.carebench.cases.SearchRule.Operator;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.TeamService;
import org.carebench.core.UserRef;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Builds an advanced search: rules of a field, a comparison and a value, at most one per field, combined so that
 * all of them or any of them must hold. Values with a known list (statuses, projects, users, flags) are chosen;
 * dates and numbers are typed, checked before the search runs.
 */
final class AdvancedSearchDialog extends CarebenchDialog {

	/** A field as the user picks it: a case field, or one attribute. */
	private record FieldChoice(Field field, AttributeDefinition attribute, String label) {

		String key() {
			return attribute == null ? field.name() : "attribute:" + attribute.code(); //$NON-NLS-1$
		}
	}

	/** One row of the dialog. */
	private final class RuleRow {
		final Combo field;
		final Combo operator;
		final Combo value;
		final Combo second;
		final Button remove;
		List<Operator> operators = List.of();
		Map<String, String> valueChoices = Map.of();

		RuleRow(Composite parent, SearchRule initial) {
			field = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			fields.forEach(choice -> field.add(choice.label()));
			operator = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			value = Layouts.fillRow(new Combo(parent, SWT.DROP_DOWN), 1);
			second = Layouts.fillRow(new Combo(parent, SWT.DROP_DOWN), 1);
			remove = Layouts.button(parent, Messages.Search_remove, this::remove);
			field.addListener(SWT.Selection, event -> fieldChosen(null));
			operator.addListener(SWT.Selection, event -> operatorChosen());
			int index = 0;
			if (initial != null) {
				String key = initial.key();
				for (int i = 0; i < fields.size(); i++) {
					if (fields.get(i).key().equals(key)) {
						index = i;
					}
				}
			}
			field.select(index);
			fieldChosen(initial);
		}

		private void remove() {
			rows.remove(this);
			for (Control control : new Control[] { field, operator, value, second, remove }) {
				control.dispose();
			}
			relayout();
		}

		FieldChoice choice() {
			return fields.get(field.getSelectionIndex());
		}

		void fieldChosen(SearchRule initial) {
			FieldChoice choice = choice();
			operators = new ArrayList<>(SearchRule.operatorsFor(choice.field(),
					choice.attribute() == null ? null : choice.attribute().type()));
			operator.setItems(operators.stream().map(AdvancedSearchDialog::label).toArray(String[]::new));
			operator.select(initial == null ? 0 : Math.max(0, operators.indexOf(initial.operator())));
			valueChoices = valueChoices(choice);
			value.setItems(valueChoices.keySet().toArray(String[]::new));
			value.setText(""); //$NON-NLS-1$
			second.setText(""); //$NON-NLS-1$
			value.setToolTipText(hint(choice));
			second.setToolTipText(hint(choice));
			if (initial != null) {
				value.setText(labelOf(initial.value()));
				second.setText(initial.secondValue() == null ? "" : initial.secondValue()); //$NON-NLS-1$
			} else if (!valueChoices.isEmpty()) {
				value.select(0);
			}
			operatorChosen();
		}

		private String labelOf(String raw) {
			if (raw == null) {
				return ""; //$NON-NLS-1$
			}
			return valueChoices.entrySet().stream().filter(e -> e.getValue().equals(raw)).map(Map.Entry::getKey)
					.findFirst().orElse(raw);
		}

		void operatorChosen() {
			Operator chosen = operators.get(Math.max(0, operator.getSelectionIndex()));
			value.setEnabled(SearchRule.takesValue(chosen));
			second.setEnabled(chosen == Operator.BETWEEN);
			second.setVisible(chosen == Operator.BETWEEN);
		}

		SearchRule rule() {
			FieldChoice choice = choice();
			Operator chosen = operators.get(Math.max(0, operator.getSelectionIndex()));
			String raw = SearchRule.takesValue(chosen) ? valueChoices.getOrDefault(value.getText(), value.getText().strip())
					: null;
			String to = chosen == Operator.BETWEEN ? second.getText().strip() : null;
			return new SearchRule(choice.field(), choice.attribute() == null ? null : choice.attribute().code(), chosen,
					raw, to);
		}
	}

	private final List<CaseStatus> statuses;
	private final List<ProjectRef> projects;
	private final List<FieldChoice> fields = new ArrayList<>();
	private final List<RuleRow> rows = new ArrayList<>();
	private final List<SearchRule> initialRules;
	private List<UserRef> users = List.of();
	private List<FlagType> flagTypes = List.of();
	/** The closing reasons of the user's projects, each code once, named in his language. */
	private final List<ClosingReason> closingReasons = new ArrayList<>();
	private List<org.carebench.core.TeamRef> teams = List.of();
	private final Map<String, String> caseTypes = new LinkedHashMap<>();
	private Composite grid;
	private Button all;
	private List<SearchRule> result = List.of();
	private boolean any;

	AdvancedSearchDialog(Shell parent, List<SearchRule> rules, boolean matchAny, List<CaseStatus> statuses,
			List<ProjectRef> projects) {
		super(parent, Messages.Search_title, 3);
		this.initialRules = rules;
		this.any = matchAny;
		this.statuses = statuses;
		this.projects = projects;
	}

	@Override
	protected void createArea(Composite body) {
		setMessage(Messages.Search_message);
		loadChoices();
		all = new Button(body, SWT.RADIO);
		all.setText(Messages.Search_all);
		all.setSelection(!any);
		Button anyButton = new Button(body, SWT.RADIO);
		anyButton.setText(Messages.Search_any);
		anyButton.setSelection(any);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false)
				.applyTo(Layouts.button(body, Messages.Search_addRule, () -> {
					rows.add(new RuleRow(grid, firstUnusedField()));
					relayout();
				}));
		grid = Layouts.fillArea(Layouts.flush(new Composite(body, SWT.NONE), 5), 760, 200);
		initialRules.forEach(rule -> rows.add(new RuleRow(grid, rule)));
		if (rows.isEmpty()) {
			rows.add(new RuleRow(grid, null));
		}
	}

	/** The users, flag types and attributes of the user's projects (few: read at once). */
	private void loadChoices() {
		try {
			DirectoryService directory = Services.get(DirectoryService.class);
			users = directory.users();
			teams = Services.get(org.carebench.core.Session.class).user()
					.map(me -> Services.get(TeamService.class).teams(me.organizationId())).orElse(List.of());
			CaseSetupService setup = Services.get(CaseSetupService.class);
			Map<String, FlagType> flags = new LinkedHashMap<>();
			Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
			for (ProjectRef project : projects) {
				setup.flagTypes(project.id()).forEach(type -> flags.putIfAbsent(type.code(), type));
				setup.attributeDefinitions(project.id()).forEach(d -> attributes.putIfAbsent(d.code(), d));
				setup.workflow(project.id()).localized(Locale.getDefault().getLanguage()).closingReasons()
						.stream().filter(r -> closingReasons.stream().noneMatch(known -> known.code().equals(r.code())))
						.forEach(closingReasons::add);
				setup.caseTypes(project.id()).forEach(type -> caseTypes.put(
						projects.size() > 1 ? type.name() + " (" + project.name() + ")" : type.name(), //$NON-NLS-1$ //$NON-NLS-2$
						Long.toString(type.id())));
			}
			flagTypes = List.copyOf(flags.values());
			for (Field field : Field.values()) {
				if (field != Field.ATTRIBUTE) {
					fields.add(new FieldChoice(field, null, label(field)));
				}
			}
			attributes.values().forEach(d -> fields.add(new FieldChoice(Field.ATTRIBUTE, d, d.name())));
		} catch (RuntimeException e) {
			refused(e);
		}
	}

	private SearchRule firstUnusedField() {
		Set<String> used = new HashSet<>();
		rows.forEach(row -> used.add(row.choice().key()));
		return fields.stream().filter(choice -> !used.contains(choice.key())).findFirst()
				.map(choice -> new SearchRule(choice.field(), choice.attribute() == null ? null : choice.attribute().code(),
						SearchRule.operatorsFor(choice.field(), choice.attribute() == null ? null : choice.attribute().type())
								.iterator().next(), null, null))
				.orElse(null);
	}

	/** What a value shows, and the value it stands for. */
	private Map<String, String> valueChoices(FieldChoice choice) {
		Map<String, String> values = new LinkedHashMap<>();
		switch (choice.field()) {
			case STATUS -> statuses.forEach(status -> values.put(CaseLabels.status(status), status.code()));
			case PROJECT -> projects.forEach(project -> values.put(project.name(), Long.toString(project.id())));
			case ASSIGNEE -> {
				values.put(Messages.Search_me, SearchRule.ME);
				users.forEach(user -> values.put(user.displayName(), Long.toString(user.id())));
			}
			case FLAG -> flagTypes.forEach(type -> values.put(type.name(), type.code()));
			case TEAM -> teams.forEach(team -> values.put(team.name(), Long.toString(team.id())));
			case CASE_TYPE -> values.putAll(caseTypes);
			case CLOSING_REASON -> closingReasons.forEach(reason -> values.put(reason.name(), reason.code()));
			case ATTRIBUTE -> {
				if (choice.attribute().type() == AttributeDefinition.ValueType.YES_NO) {
					values.put(Messages.Attributes_yes, "true"); //$NON-NLS-1$
					values.put(Messages.Attributes_no, "false"); //$NON-NLS-1$
				}
			}
			default -> {
				// typed
			}
		}
		return values;
	}

	private static String hint(FieldChoice choice) {
		boolean date = switch (choice.field()) {
			case OPENED, CLOSED, LAST_ACTIVITY -> true;
			case ATTRIBUTE -> choice.attribute().type() == AttributeDefinition.ValueType.DATE;
			default -> false;
		};
		return date ? Messages.Attributes_dateHint : null;
	}

	private void relayout() {
		grid.layout(true, true);
		getShell().layout(true, true);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button clear = createButton(parent, IDialogConstants.CLIENT_ID, Messages.Search_clear, false);
		clear.addListener(SWT.Selection, event -> {
			result = List.of();
			any = false;
			setReturnCode(OK);
			close();
		});
		super.createButtonsForButtonBar(parent);
	}

	@Override
	protected void okPressed() {
		List<SearchRule> rules = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (RuleRow row : rows) {
			SearchRule rule = row.rule();
			if (!keys.add(rule.key())) {
				showProblem(NLS.bind(Messages.Search_twice, row.choice().label()));
				return;
			}
			String problem = problem(row.choice(), rule);
			if (problem != null) {
				showProblem(problem);
				return;
			}
			rules.add(rule);
		}
		closeUnlessRefused(() -> {
			result = rules;
			any = !all.getSelection();
		});
	}

	/** What is wrong with a rule's value, before the search runs: nothing typed, or not a date. */
	private static String problem(FieldChoice choice, SearchRule rule) {
		if (!SearchRule.takesValue(rule.operator())) {
			return null;
		}
		if (rule.value() == null || rule.value().isBlank()
				|| rule.operator() == Operator.BETWEEN && (rule.secondValue() == null || rule.secondValue().isBlank())) {
			return NLS.bind(Messages.Search_needsValue, choice.label());
		}
		if (hint(choice) != null) {
			for (String day : rule.operator() == Operator.BETWEEN ? List.of(rule.value(), rule.secondValue())
					: List.of(rule.value())) {
				try {
					LocalDate.parse(day.strip());
				} catch (DateTimeParseException e) {
					return NLS.bind(Messages.Search_notADate, day, choice.label());
				}
			}
		}
		return null;
	}

	List<SearchRule> rules() {
		return result;
	}

	boolean matchAny() {
		return any;
	}

	static String label(Field field) {
		return switch (field) {
			case STATUS -> Messages.Field_status;
			case ASSIGNEE -> Messages.Field_assignee;
			case TEAM -> Messages.Field_team;
			case PROJECT -> Messages.Field_project;
			case CASE_TYPE -> Messages.Field_caseType;
			case CLOSING_REASON -> Messages.Field_closingReason;
			case FLAG -> Messages.Field_flag;
			case OPENED -> Messages.Field_opened;
			case CLOSED -> Messages.Field_closed;
			case LAST_ACTIVITY -> Messages.Field_lastActivity;
			case CLIENT_NAME -> Messages.Field_clientName;
			case CODE -> Messages.Field_code;
			case ATTRIBUTE -> Messages.Field_attribute;
		};
	}

	static String label(Operator operator) {
		return switch (operator) {
			case IS -> Messages.Operator_is;
			case IS_NOT -> Messages.Operator_isNot;
			case STARTS_WITH -> Messages.Operator_startsWith;
			case BEFORE -> Messages.Operator_before;
			case ON_OR_AFTER -> Messages.Operator_onOrAfter;
			case BETWEEN -> Messages.Operator_between;
			case LESS_THAN -> Messages.Operator_lessThan;
			case GREATER_THAN -> Messages.Operator_greaterThan;
			case IS_EMPTY -> Messages.Operator_isEmpty;
			case IS_NOT_EMPTY -> Messages.Operator_isNotEmpty;
		};
	}
}
