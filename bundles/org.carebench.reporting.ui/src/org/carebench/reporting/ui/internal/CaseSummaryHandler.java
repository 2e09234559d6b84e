package org.carebench.reporting.ui.internal;

import java.util.Map;
import java.util.OptionalLong;

import org.carebench.cases.ui.CaseEditors;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Exports the case of the active editor as the Case summary PDF (details, notes, activity log). */
public class CaseSummaryHandler extends AbstractHandler {

	static final String CASE_SUMMARY = "carebench.case-summary"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		OptionalLong caseId = CaseEditors.caseOf(HandlerUtil.getActiveEditor(event));
		if (caseId.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.CaseSummary_title, Messages.CaseSummary_noCase);
			return null;
		}
		String title = HandlerUtil.getActiveEditor(event).getTitle();
		ReportRuns.export(shell, CASE_SUMMARY, Messages.CaseSummary_title + " " + title, //$NON-NLS-1$
				Map.of(ReportParameter.CASE, caseId.getAsLong()), ReportFormat.PDF);
		return null;
	}
}
