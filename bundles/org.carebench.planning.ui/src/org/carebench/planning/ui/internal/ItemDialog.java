package org.carebench.planning.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.ui.PageSupport;
import org.carebench.core.DirectoryService;
import org.carebench.core.UserRef;
import org.carebench.planning.ItemDefinition;
import org.carebench.planning.ItemTypeInfo;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanItemDraft;
import org.carebench.planning.PlanItemStatus;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSetupService;
import org.carebench.planning.PlanStructure.Participant;
import org.carebench.planning.ServicePlan;
import org.carebench.planning.api.FieldKind;
import org.carebench.planning.api.FieldSpec;
import org.carebench.planning.api.Money;
import org.carebench.planning.ui.PlanItemSection;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Adds or changes a plan item. Besides the fields every item has, it shows the fields of the item's type, built
 * from the type's schema, and the type's own section when its bundle brings one. A refusal is shown in the dialog,
 * which stays open with everything typed. Items of an uninstalled type, or for users who may not change the plan,
 * are shown read-only.
 */
final class ItemDialog extends Dialog {

	private final CaseDetails theCase;
	private final ServicePlan plan;
	private final PlanItem item;
	private final long subGoalId;
	private final boolean editable;
	private List<ItemTypeInfo> types = List.of();
	private List<ItemDefinition> definitions = List.of();
	private List<UserRef> users = List.of();
	private ItemTypeInfo type;

	private Combo typeCombo;
	private Combo definitionCombo;
	private Text name;
	private Text purpose;
	private Combo status;
	private Combo owner;
	private Text expectedStart;
	private Text expectedEnd;
	private Text actualStart;
	private Text actualEnd;
	private Text expectedOutcome;
	private Text actualOutcome;
	private Text currency;
	private Text expectedCost;
	private Text actualCost;
	private final List<Button> involved = new ArrayList<>();
	private Group typeFields;
	private final Map<String, Control> fieldControls = new LinkedHashMap<>();
	private final Map<String, Object> values = new LinkedHashMap<>();
	private Label problem;
	private Composite area;

	/** @param item {@code null} for a new item under {@code subGoalId} */
	ItemDialog(Shell parent, CaseDetails theCase, ServicePlan plan, PlanItem item, long subGoalId, boolean mayChange) {
		super(parent);
		this.theCase = theCase;
		this.plan = plan;
		this.item = item;
		this.subGoalId = subGoalId;
		this.editable = mayChange && (item == null || item.typeKnown());
		if (item != null) {
			values.putAll(item.values());
		}
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(item == null ? Messages.Item_addTitle : NLS.bind(Messages.Item_editTitle, item.name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		PlanSetupService setup = Services.get(PlanSetupService.class);
		types = setup.itemTypes();
		definitions = setup.itemDefinitions(theCase.project().id());
		users = PageSupport.service(DirectoryService.class).users().stream()
				.filter(user -> user.organizationId() == theCase.organization().id()).toList();
		area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(4, false));

		label(Messages.Item_type);
		typeCombo = new Combo(area, SWT.READ_ONLY);
		span(typeCombo, 3);
		if (item == null) {
			types.forEach(info -> typeCombo.add(info.label()));
			typeCombo.select(0);
			type = types.isEmpty() ? null : types.get(0);
			typeCombo.addListener(SWT.Selection, event -> {
				type = types.get(typeCombo.getSelectionIndex());
				values.clear();
				rebuild();
			});
		} else {
			typeCombo.add(item.typeLabel());
			typeCombo.select(0);
			typeCombo.setEnabled(false);
			type = types.stream().filter(info -> info.id().equals(item.typeId())).findFirst().orElse(null);
		}
		label(Messages.Item_definition);
		definitionCombo = new Combo(area, SWT.READ_ONLY);
		definitions.forEach(definition -> definitionCombo.add(definition.name()));
		span(definitionCombo, 3);
		name = text(Messages.Item_name, 3, SWT.BORDER);
		purpose = text(Messages.Item_purpose, 3, SWT.BORDER);
		label(Messages.Item_status);
		status = new Combo(area, SWT.READ_ONLY);
		for (PlanItemStatus value : PlanItemStatus.values()) {
			status.add(PlanLabels.status(value));
		}
		status.select(0);
		label(Messages.Item_owner);
		owner = new Combo(area, SWT.READ_ONLY);
		users.forEach(user -> owner.add(user.displayName()));
		plan.participants().forEach(person -> owner.add(NLS.bind(Messages.Item_participantOwner, person.name())));
		owner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		expectedStart = text(Messages.Item_expectedStart, 1, SWT.BORDER);
		expectedEnd = text(Messages.Item_expectedEnd, 1, SWT.BORDER);
		actualStart = text(Messages.Item_actualStart, 1, SWT.BORDER);
		actualEnd = text(Messages.Item_actualEnd, 1, SWT.BORDER);
		expectedOutcome = text(Messages.Item_expectedOutcome, 3, SWT.BORDER);
		actualOutcome = text(Messages.Item_actualOutcome, 3, SWT.BORDER);
		expectedCost = text(Messages.Item_expectedCost, 1, SWT.BORDER);
		actualCost = text(Messages.Item_actualCost, 1, SWT.BORDER);
		currency = text(Messages.Item_currency, 1, SWT.BORDER);
		new Label(area, SWT.NONE);
		new Label(area, SWT.NONE);
		Label involvedLabel = label(Messages.Item_involved);
		involvedLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite people = new Composite(area, SWT.NONE);
		people.setLayout(new GridLayout(3, false));
		span(people, 3);
		for (Participant person : plan.participants()) {
			Button check = new Button(people, SWT.CHECK);
			check.setText(person.name());
			check.setData(person.clientId());
			involved.add(check);
		}
		typeFields = new Group(area, SWT.NONE);
		typeFields.setLayout(new GridLayout(2, false));
		span(typeFields, 4);
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		problemData.widthHint = 640;
		problem.setLayoutData(problemData);
		fillStandardFields();
		rebuild();
		if (!editable) {
			setEnabled(area, false);
			problem.setText(item != null && !item.typeKnown() ? NLS.bind(Messages.Item_readOnlyType, item.typeLabel())
					: Messages.Item_readOnly);
		}
		return area;
	}

	private static void setEnabled(Composite parent, boolean enabled) {
		for (Control control : parent.getChildren()) {
			if (control instanceof Composite composite && !(control instanceof Combo)) {
				setEnabled(composite, enabled);
			}
			if (!(control instanceof Label)) {
				control.setEnabled(enabled);
			}
		}
	}

	private Label label(String text) {
		Label label = new Label(area, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static void span(Control control, int columns) {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
		data.widthHint = 200;
		control.setLayoutData(data);
	}

	private Text text(String labelText, int columns, int style) {
		label(labelText);
		Text text = new Text(area, style);
		span(text, columns);
		return text;
	}

	private void fillStandardFields() {
		currency.setText(defaultCurrency());
		if (item == null) {
			ownerDefault();
			return;
		}
		name.setText(item.name());
		purpose.setText(item.purpose() == null ? "" : item.purpose()); //$NON-NLS-1$
		for (int i = 0; i < definitions.size(); i++) {
			if (Long.valueOf(definitions.get(i).id()).equals(item.definitionId())) {
				definitionCombo.select(i);
			}
		}
		status.select(item.status().ordinal());
		if (item.ownerUserId() != null) {
			for (int i = 0; i < users.size(); i++) {
				if (users.get(i).id() == item.ownerUserId()) {
					owner.select(i);
				}
			}
		} else if (item.ownerClientId() != null) {
			for (int i = 0; i < plan.participants().size(); i++) {
				if (plan.participants().get(i).clientId() == item.ownerClientId()) {
					owner.select(users.size() + i);
				}
			}
		}
		expectedStart.setText(FieldInput.date(item.expectedStart()));
		expectedEnd.setText(FieldInput.date(item.expectedEnd()));
		actualStart.setText(FieldInput.date(item.actualStart()));
		actualEnd.setText(FieldInput.date(item.actualEnd()));
		expectedOutcome.setText(item.expectedOutcome() == null ? "" : item.expectedOutcome()); //$NON-NLS-1$
		actualOutcome.setText(item.actualOutcome() == null ? "" : item.actualOutcome()); //$NON-NLS-1$
		Money cost = item.expectedCost() != null ? item.expectedCost() : item.actualCost();
		if (cost != null) {
			currency.setText(cost.currency().getCurrencyCode());
		}
		expectedCost.setText(item.expectedCost() == null ? "" : FieldInput.number(item.expectedCost().amount())); //$NON-NLS-1$
		actualCost.setText(item.actualCost() == null ? "" : FieldInput.number(item.actualCost().amount())); //$NON-NLS-1$
		for (Button check : involved) {
			check.setSelection(item.participantIds().contains(check.getData()));
		}
	}

	/** The signed-in user owns what he adds, when he is of the case's organization. */
	private void ownerDefault() {
		UserRef me = PageSupport.service(org.carebench.core.Session.class).user().orElse(null);
		for (int i = 0; me != null && i < users.size(); i++) {
			if (users.get(i).id() == me.id()) {
				owner.select(i);
			}
		}
	}

	private static String defaultCurrency() {
		try {
			return Currency.getInstance(Locale.getDefault()).getCurrencyCode();
		} catch (IllegalArgumentException noCountry) {
			return "EUR"; //$NON-NLS-1$
		}
	}

	/** Shows the fields of the chosen type: name and purpose or the list of defined items, and its own fields. */
	private void rebuild() {
		boolean defined = type != null && type.definedNames();
		definitionCombo.setEnabled(editable && defined);
		name.setEnabled(editable && !defined);
		purpose.setEnabled(editable && !defined);
		for (Control control : typeFields.getChildren()) {
			control.dispose();
		}
		fieldControls.clear();
		List<FieldSpec> fields = type == null ? List.of() : type.fields();
		typeFields.setText(type == null ? "" : NLS.bind(Messages.Item_typeFields, type.label())); //$NON-NLS-1$
		List<PlanItemSection> sections = type == null ? List.of()
				: PageSupport.services(PlanItemSection.class).stream()
						.filter(section -> section.typeId().equals(type.id())).toList();
		typeFields.setVisible(!fields.isEmpty() || !sections.isEmpty());
		for (FieldSpec spec : fields) {
			Label label = new Label(typeFields, SWT.NONE);
			label.setText(spec.required() ? spec.label() + " *" : spec.label()); //$NON-NLS-1$
			Control control = editorOf(spec, values.get(spec.key()));
			control.setEnabled(editable);
			fieldControls.put(spec.key(), control);
		}
		for (PlanItemSection section : sections) {
			Composite holder = new Composite(typeFields, SWT.NONE);
			holder.setLayout(new GridLayout(1, false));
			holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
			section.createContents(holder, values);
		}
		if (getShell() != null && getShell().isVisible()) {
			area.layout(true, true);
			getShell().pack();
		}
	}

	private Control editorOf(FieldSpec spec, Object value) {
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 260;
		switch (spec.kind()) {
			case CHOICE -> {
				Combo combo = new Combo(typeFields, SWT.READ_ONLY);
				combo.add(""); //$NON-NLS-1$
				spec.choices().forEach(combo::add);
				combo.select(value == null ? 0 : spec.choices().indexOf(value) + 1);
				combo.setLayoutData(wide);
				return combo;
			}
			case BOOLEAN -> {
				Button check = new Button(typeFields, SWT.CHECK);
				check.setSelection(Boolean.TRUE.equals(value));
				return check;
			}
			default -> {
				Text text = new Text(typeFields, SWT.BORDER);
				text.setText(display(spec.kind(), value));
				if (spec.kind() == FieldKind.MONEY) {
					text.setMessage(Messages.Item_moneyHint);
				} else if (spec.kind() == FieldKind.DATE) {
					text.setMessage(FieldInput.date(LocalDate.now()));
				}
				text.setLayoutData(wide);
				return text;
			}
		}
	}

	private static String display(FieldKind kind, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (kind) {
			case NUMBER -> FieldInput.number((BigDecimal) value);
			case DATE -> value instanceof LocalDate date ? FieldInput.date(date) : value.toString();
			case MONEY -> value instanceof Money money
					? FieldInput.number(money.amount()) + " " + money.currency().getCurrencyCode() //$NON-NLS-1$
					: value.toString();
			default -> value.toString();
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (editable) {
			super.createButtonsForButtonBar(parent);
		} else {
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}

	@Override
	protected void okPressed() {
		try {
			PlanItemDraft draft = draft();
			PlanService service = PageSupport.service(PlanService.class);
			if (item == null) {
				service.addItem(subGoalId, draft);
			} else {
				service.updateItem(item.id(), draft, item.version());
			}
		} catch (FieldInput.Unreadable unreadable) {
			showProblem(unreadable.getMessage());
			return;
		} catch (RuntimeException refused) {
			// the dialog stays open with everything typed; nothing was saved
			showProblem(PageSupport.userMessage(refused));
			return;
		}
		super.okPressed();
	}

	private void showProblem(String message) {
		problem.setText(message);
		area.layout(true, true);
		getShell().pack();
	}

	private PlanItemDraft draft() throws FieldInput.Unreadable {
		PlanItemDraft draft = new PlanItemDraft(type == null ? item.typeId() : type.id());
		if (type != null && type.definedNames()) {
			int index = definitionCombo.getSelectionIndex();
			draft.definition(index < 0 ? null : definitions.get(index).id());
		} else {
			draft.name(name.getText()).purpose(purpose.getText());
		}
		draft.status(PlanItemStatus.values()[status.getSelectionIndex()]);
		int ownerIndex = owner.getSelectionIndex();
		if (ownerIndex >= 0 && ownerIndex < users.size()) {
			draft.ownedByUser(users.get(ownerIndex).id());
		} else if (ownerIndex >= users.size()) {
			draft.ownedByParticipant(plan.participants().get(ownerIndex - users.size()).clientId());
		}
		draft.expected(FieldInput.date(Messages.Item_expectedStart, expectedStart.getText()),
				FieldInput.date(Messages.Item_expectedEnd, expectedEnd.getText()));
		draft.actual(FieldInput.date(Messages.Item_actualStart, actualStart.getText()),
				FieldInput.date(Messages.Item_actualEnd, actualEnd.getText()));
		draft.outcomes(expectedOutcome.getText(), actualOutcome.getText());
		draft.cost(FieldInput.money(Messages.Item_expectedCost, expectedCost.getText(), currency.getText()),
				FieldInput.money(Messages.Item_actualCost, actualCost.getText(), currency.getText()));
		Set<Long> people = new LinkedHashSet<>();
		involved.stream().filter(Button::getSelection).forEach(check -> people.add((Long) check.getData()));
		draft.participants(people);
		for (FieldSpec spec : type == null ? List.<FieldSpec>of() : type.fields()) {
			values.put(spec.key(), read(spec, fieldControls.get(spec.key())));
		}
		values.forEach(draft::value);
		return draft;
	}

	private static Object read(FieldSpec spec, Control control) throws FieldInput.Unreadable {
		return switch (spec.kind()) {
			case CHOICE -> {
				Combo combo = (Combo) control;
				yield combo.getSelectionIndex() <= 0 ? null : spec.choices().get(combo.getSelectionIndex() - 1);
			}
			case BOOLEAN -> ((Button) control).getSelection();
			case TEXT -> ((Text) control).getText().isBlank() ? null : ((Text) control).getText();
			case NUMBER -> FieldInput.number(spec.label(), ((Text) control).getText());
			case DATE -> FieldInput.date(spec.label(), ((Text) control).getText());
			case MONEY -> {
				String text = ((Text) control).getText().strip();
				if (text.isEmpty()) {
					yield null;
				}
				int space = text.lastIndexOf(' ');
				if (space < 0) {
					throw new FieldInput.Unreadable(NLS.bind(Messages.Input_notMoney, spec.label()));
				}
				yield FieldInput.money(spec.label(), text.substring(0, space), text.substring(space + 1));
			}
		};
	}

	/** For tests: the control editing a type's field. */
	Control fieldControl(String key) {
		return fieldControls.get(key);
	}

	Text nameText() {
		return name;
	}

	Label problemLabel() {
		return problem;
	}

	Combo typeCombo() {
		return typeCombo;
	}

	void chooseType(String typeId) {
		for (int i = 0; i < types.size(); i++) {
			if (types.get(i).id().equals(typeId)) {
				typeCombo.select(i);
				type = types.get(i);
				values.clear();
				rebuild();
			}
		}
	}
}
