package org.carebench.reporting.ui.internal;

import java.util.Map;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseSummary;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Exports the selected case as the Case summary PDF (details, notes, activity log): the case of the active editor,
 * or the case chosen in the case list.
 */
public class CaseSummaryHandler extends AbstractHandler {

	static final String CASE_SUMMARY = "carebench.case-summary"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		Object chosen = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
		long caseId;
		String code;
		if (chosen instanceof CaseDetails details) {
			caseId = details.id();
			code = details.code();
		} else if (chosen instanceof CaseSummary row) {
			caseId = row.id();
			code = row.code();
		} else {
			MessageDialog.openInformation(shell, Messages.CaseSummary_title, Messages.CaseSummary_noCase);
			return null;
		}
		ReportRuns.export(shell, CASE_SUMMARY, Messages.CaseSummary_title + " " + code, //$NON-NLS-1$
				Map.of(ReportParameter.CASE, caseId), ReportFormat.PDF);
		return null;
	}
}
