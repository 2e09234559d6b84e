package org.carebench.planning.ui.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.core.DirectoryService;
import org.carebench.core.Session;
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
import org.carebench.planning.api.Money;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Adds or changes a plan item. Besides the fields every item has, it shows the fields of the item's type, built
 * from the type's schema, and the type's own section when its bundle brings one. A refusal is shown in the dialog,
 * which stays open with everything typed. Items of an uninstalled type, or for users who may not change the plan,
 * are shown read-only.
 */
final class ItemDialog extends CarebenchDialog {

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
	private ItemTypeFields typeFields;
	private final Map<String, Object> values = new LinkedHashMap<>();
	private Composite area;

	/** @param item {@code null} for a new item under {@code subGoalId} */
	ItemDialog(Shell parent, CaseDetails theCase, ServicePlan plan, PlanItem item, long subGoalId, boolean mayChange) {
		super(parent, item == null ? Messages.Item_addTitle : NLS.bind(Messages.Item_editTitle, item.name()), 4);
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
	protected void createArea(Composite grid) {
		area = grid;
		PlanSetupService setup = Services.get(PlanSetupService.class);
		types = setup.itemTypes();
		definitions = setup.itemDefinitions(theCase.project().id());
		users = Services.get(DirectoryService.class).users().stream()
				.filter(user -> user.organizationId() == theCase.organization().id()).toList();

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
		Layouts.fillRow(owner, 1);
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
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label(Messages.Item_involved));
		Composite people = Layouts.flush(new Composite(area, SWT.NONE), 3);
		span(people, 3);
		for (Participant person : plan.participants()) {
			Button check = new Button(people, SWT.CHECK);
			check.setText(person.name());
			check.setData(person.clientId());
			involved.add(check);
		}
		typeFields = new ItemTypeFields(area);
		fillStandardFields();
		rebuild();
		if (!editable) {
			setEnabled(area, false);
			setMessage(item != null && !item.typeKnown() ? NLS.bind(Messages.Item_readOnlyType, item.typeLabel())
					: Messages.Item_readOnly, IMessageProvider.WARNING);
		}
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
		return Layouts.label(area, text);
	}

	private static void span(Control control, int columns) {
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).span(columns, 1)
				.hint(200, SWT.DEFAULT).applyTo(control);
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
		UserRef me = Services.get(Session.class).user().orElse(null);
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
		typeFields.show(type, values, editable);
		if (getShell() != null && getShell().isVisible()) {
			area.layout(true, true);
			getShell().pack();
		}
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
		// on a refusal the dialog stays open with everything typed; nothing was saved
		closeUnlessRefused(() -> {
			PlanItemDraft draft = draft();
			PlanService service = Services.get(PlanService.class);
			if (item == null) {
				service.addItem(subGoalId, draft);
			} else {
				service.updateItem(item.id(), draft, item.version());
			}
		});
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
		typeFields.read(type, values);
		values.forEach(draft::value);
		return draft;
	}

	/** For tests: the control editing a type's field. */
	Control fieldControl(String key) {
		return typeFields.control(key);
	}

	Text nameText() {
		return name;
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
