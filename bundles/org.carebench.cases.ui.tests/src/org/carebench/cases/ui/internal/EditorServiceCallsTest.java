package org.carebench.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseLinkService;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSetupService;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.NoteService;
import org.carebench.cases.ParticipantService;
import org.carebench.cases.TimelineService;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.core.AccessPolicy;
import org.carebench.core.DirectoryService;
import org.carebench.core.MembershipService;
import org.carebench.core.Session;
import org.carebench.core.TeamService;
import org.carebench.testing.ui.Ui;
import org.carebench.ui.Services;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The case editor opens a case with one service call: every Carebench service a screen may use is replaced, for
 * the test, by a counting stand-in ranked above the real one, and the calls made from the editor are counted.
 */
class EditorServiceCallsTest {

	private static final List<Class<?>> SERVICES = List.of(CaseService.class, NoteService.class,
			CaseAnnotationService.class, CaseLinkService.class, ParticipantService.class, CaseSetupService.class,
			TimelineService.class, CaseSearchService.class, DirectoryService.class, MembershipService.class,
			TeamService.class, AccessPolicy.class, Session.class);

	private final List<ServiceRegistration<?>> standIns = new ArrayList<>();
	/** The calls made from the case editor's code, as "Service.method". */
	private final List<String> editorCalls = Collections.synchronizedList(new ArrayList<>());
	private IWorkbenchPage page;

	@BeforeEach
	void countTheServices() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		BundleContext context = FrameworkUtil.getBundle(EditorServiceCallsTest.class).getBundleContext();
		for (Class<?> type : SERVICES) {
			standIns.add(register(context, type));
		}
	}

	private <T> ServiceRegistration<T> register(BundleContext context, Class<T> type) {
		T real = Services.get(type);
		Object counting = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			if (calledFromTheEditor()) {
				editorCalls.add(type.getSimpleName() + "." + method.getName());
			}
			try {
				return method.invoke(real, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		});
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		return context.registerService(type, type.cast(counting), properties);
	}

	private static boolean calledFromTheEditor() {
		for (StackTraceElement frame : new Throwable().getStackTrace()) {
			String name = frame.getClassName();
			if (name.startsWith(CaseEditor.class.getName()) || name.startsWith(CasePage.class.getName())) {
				return true;
			}
		}
		return false;
	}

	@AfterEach
	void restoreTheServices() {
		page.closeAllEditors(false);
		standIns.forEach(ServiceRegistration::unregister);
	}

	@Test
	void theEditorOpensACaseWithOneServiceCall() throws Exception {
		assertTrue(Services.get(CaseService.class) instanceof Proxy, "the stand-ins are the services screens find");
		CaseService cases = Services.get(CaseService.class);
		CaseSummary first = cases.getSummaries(cases.findCaseIds(CaseQuery.ALL)).get(0);
		editorCalls.clear();
		CaseEditor editor = (CaseEditor) CaseEditors.open(page, first.id(), first.code());
		Ui.waitUntil("the case", () -> editor.details() != null && editor.activity().lines().size() > 0);
		Ui.settle();
		assertEquals(List.of("CaseService.open"), List.copyOf(editorCalls));
		assertTrue(page.isEditorAreaVisible(), "an open case shows the editor area");

		editorCalls.clear();
		editor.showActivityLog();
		Ui.settle();
		assertEquals(List.of(), List.copyOf(editorCalls), "the log was read with the case");
		page.closeAllEditors(false);
		Ui.waitUntil("the editor area hidden", () -> !page.isEditorAreaVisible());
	}
}
