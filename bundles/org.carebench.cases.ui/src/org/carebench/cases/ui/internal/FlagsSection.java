package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.CaseFlag;
import org.carebench.cases.FlagType;
import org.carebench.ui.Layouts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

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

	private final FormToolkit toolkit;
	private final Actions actions;
	private final Composite list;
	private final Combo type;
	private final Text comment;
	private final Button add;
	private List<FlagType> types = List.of();

	FlagsSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionFlags, 3, false);
		list = toolkit.createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		list.setLayout(layout);
		list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		type = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		comment = toolkit.createText(client, ""); //$NON-NLS-1$
		comment.setMessage(Messages.Flags_commentHint);
		comment.setTextLimit(500);
		comment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
		for (Control child : list.getChildren()) {
			child.dispose();
		}
		if (flags.isEmpty()) {
			Label none = toolkit.createLabel(list, Messages.Flags_none);
			none.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
		for (CaseFlag flag : flags) {
			String text = flag.comment() == null ? flag.type().name()
					: NLS.bind(Messages.Flags_withComment, flag.type().name(), flag.comment());
			String by = flag.isOpen()
					? NLS.bind(Messages.Flags_raised, flag.addedBy().displayName(), CaseLabels.dateTime(flag.addedAt()))
					: NLS.bind(Messages.Flags_resolved, flag.resolvedBy().displayName(),
							CaseLabels.dateTime(flag.resolvedAt()));
			Label label = toolkit.createLabel(list, (flag.isOpen() ? "\u2691 " : "\u2713 ") + text + " \u2014 " + by, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					SWT.WRAP);
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			if (flag.isOpen()) {
				label.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				Hyperlink resolve = toolkit.createHyperlink(list, Messages.Flags_resolve, SWT.NONE);
				resolve.setEnabled(mayManage);
				resolve.setToolTipText(mayManage ? null : missingPermission);
				resolve.addHyperlinkListener(new HyperlinkAdapter() {
					@Override
					public void linkActivated(HyperlinkEvent event) {
						actions.resolve(flag.id());
					}
				});
			} else {
				label.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				toolkit.createLabel(list, ""); //$NON-NLS-1$
			}
		}
		type.removeAll();
		flagTypes.forEach(flagType -> type.add(flagType.name()));
		if (!flagTypes.isEmpty()) {
			type.select(0);
		}
		for (Control control : new Control[] { type, comment, add }) {
			control.setEnabled(mayManage);
			control.setToolTipText(mayManage ? null : missingPermission);
		}
		list.getParent().layout(true, true);
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

	Combo typeChoice() {
		return type;
	}

	Button addButton() {
		return add;
	}

	Composite list() {
		return list;
	}
}
