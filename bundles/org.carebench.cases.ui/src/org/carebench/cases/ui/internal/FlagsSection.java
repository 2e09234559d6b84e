package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.CaseFlag;
import org.carebench.cases.FlagType;
import org.carebench.ui.FormRows;
import org.carebench.ui.Layouts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The flags of a case: open ones first with a "Resolve" link, resolved ones greyed with who resolved them; a flag
 * of the project's types is raised with an optional comment.
 */
final class FlagsSection {

	/** What the section asks the editor to do. */
	interface Actions {
		void add(String flagCode, String comment);

		void resolve(long flagId);
	}

	private final Actions actions;
	private final FormRows list;
	private final Combo type;
	private final Text comment;
	private final Button add;
	private List<FlagType> types = List.of();

	FlagsSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionFlags, 3, false);
		list = new FormRows(toolkit, client, 3);
		type = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		comment = toolkit.createText(client, ""); //$NON-NLS-1$
		comment.setMessage(Messages.Flags_commentHint);
		comment.setTextLimit(500);
		Layouts.fillRow(comment, 1);
		add = toolkit.createButton(client, Messages.Flags_add, SWT.PUSH);
		add.addListener(SWT.Selection, event -> {
			int chosen = type.getSelectionIndex();
			if (chosen >= 0) {
				add.setEnabled(false);
				actions.add(types.get(chosen).code(), comment.getText());
			}
		});
	}

	void show(List<CaseFlag> flags, List<FlagType> flagTypes, boolean mayManage, String missingPermission) {
		types = flagTypes;
		String refusal = mayManage ? null : missingPermission;
		list.clear(flags.isEmpty(), Messages.Flags_none);
		for (CaseFlag flag : flags) {
			String text = flag.comment() == null ? flag.type().name()
					: NLS.bind(Messages.Flags_withComment, flag.type().name(), flag.comment());
			String by = flag.isOpen()
					? NLS.bind(Messages.Flags_raised, flag.addedBy().displayName(), CaseLabels.dateTime(flag.addedAt()))
					: NLS.bind(Messages.Flags_resolved, flag.resolvedBy().displayName(),
							CaseLabels.dateTime(flag.resolvedAt()));
			Label label = list.text((flag.isOpen() ? "\u2691 " : "\u2713 ") + text + " \u2014 " + by, !flag.isOpen()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			label.setForeground(label.getDisplay().getSystemColor(flag.isOpen() ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GRAY));
			if (flag.isOpen()) {
				list.link(Messages.Flags_resolve, refusal, () -> actions.resolve(flag.id()));
			}
		}
		type.removeAll();
		flagTypes.forEach(flagType -> type.add(flagType.name()));
		if (!flagTypes.isEmpty()) {
			type.select(0);
		}
		for (Control control : new Control[] { type, comment, add }) {
			control.setEnabled(mayManage);
			control.setToolTipText(refusal);
		}
		list.done();
	}

	/** The flag was raised: the comment is cleared. */
	void added() {
		comment.setText(""); //$NON-NLS-1$
		add.setEnabled(true);
	}

	/** The flag was refused: the comment stays, to try again. */
	void refused() {
		add.setEnabled(true);
	}

	/** For tests: the controls a user works with, and the flags shown. */
	record Controls(Combo typeChoice, Button addButton, Composite list) {
	}

	Controls controls() {
		return new Controls(type, add, list.composite());
	}
}
