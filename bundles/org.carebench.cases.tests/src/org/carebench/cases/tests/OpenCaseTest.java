package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.OpenCase;
import org.carebench.cases.internal.CaseServiceImpl;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.testing.Casework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Opening a case for its editor: one service call, one unit of work, everything the editor shows, and what this
 * user may do decided by the service (the editor re-derives nothing).
 */
class OpenCaseTest {

	private final Casework fixture = new Casework();

	@AfterEach
	void close() {
		fixture.close();
	}

	/** The database's units of work, counted. */
	private static final class CountingTransactions implements Transactions {
		private final Transactions real;
		final AtomicInteger units = new AtomicInteger();

		CountingTransactions(Transactions real) {
			this.real = real;
		}

		@Override
		public <T> T write(Work<T> work) {
			units.incrementAndGet();
			return real.write(work);
		}

		@Override
		public <T> T read(Work<T> work) {
			units.incrementAndGet();
			return real.read(work);
		}

		@Override
		public <T> T query(SqlWork<T> work) {
			units.incrementAndGet();
			return real.query(work);
		}

		@Override
		public String describeDatabase() {
			return real.describeDatabase();
		}
	}

	@Test
	void everythingTheEditorShowsComesInOneUnitOfWork() {
		CaseDetails theCase = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		fixture.annotations.addFlag(theCase.id(), "URGENT", "Eviction on Friday");
		fixture.notes.addNote(theCase.id(), "Primer contacto.");
		fixture.participants.addParticipant(theCase.id(), fixture.directory.clients().get(1).id(), "Madre");
		CountingTransactions counting = new CountingTransactions(fixture.database.transactions());
		ServiceContext context = new ServiceContext(counting, fixture.session, fixture.directory.access(),
				fixture.log, fixture.context.administrationLog(), fixture.clock, ServiceContext.Events.NONE);
		CaseServiceImpl cases = new CaseServiceImpl(context, fixture.closeRules);
		fixture.directory.access().current(); // what Ana may do is known already, as in a running workbench

		OpenCase open = cases.open(theCase.id());

		assertEquals(1, counting.units.get(), "one unit of work");
		assertEquals(theCase.id(), open.details().id());
		assertEquals(1, open.details().notes().size());
		assertEquals(List.of("José Núñez", "Giulia Bianchi"), open.people().stream().map(p -> p.name()).toList());
		assertEquals("URGENT", open.flags().get(0).type().code());
		assertFalse(open.flagTypes().isEmpty());
		assertEquals(List.of("case.opened", "case.assigned", "case.flag.added", "case.note", "case.participant.added"),
				open.log().stream().map(e -> e.action()).toList());
		assertEquals(fixture.directory.ana(), open.viewer());
		assertEquals(List.of("Ana García", "Marco Rossi"), open.assignable().stream().map(UserRef::displayName).toList(),
				"who would see the case: the agency's members, not the partner's");
		assertEquals(List.of("Ana García", "Giulia Conti", "Marco Rossi"),
				open.possibleCollaborators().stream().map(UserRef::displayName).toList());
		assertEquals(2, open.organizationNames().size());
	}

	@Test
	void theServiceSaysWhichMovesAndActionsThisUserMayMake() {
		CaseDetails theCase = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		OpenCase asCaseworker = fixture.cases.open(theCase.id());
		OpenCase.StatusChoice close = asCaseworker.nextStatuses().stream()
				.filter(choice -> choice.status().code().equals("CLOSED")).findFirst().orElseThrow();
		boolean caseworkerCloses = fixture.directory.access().current().allows(fixture.directory.housing().id(),
				Permission.CASE_CLOSE);
		assertEquals(caseworkerCloses, close.allowed());
		assertTrue(asCaseworker.nextStatuses().stream().anyMatch(choice -> choice.status().code().equals("IN_PROGRESS")
				&& choice.allowed()));
		assertNull(asCaseworker.refusal(Permission.NOTE_ADD));
		assertNotNull(asCaseworker.refusal(Permission.NOTE_EDIT_ANY), "a caseworker edits only his own notes");
		assertTrue(asCaseworker.refusal(Permission.NOTE_EDIT_ANY).contains("\""), "names the permission");

		OpenCase asSupervisor = fixture.as(fixture.directory.marco(), () -> fixture.cases.open(theCase.id()));
		assertNull(asSupervisor.refusal(Permission.NOTE_EDIT_ANY));
		assertTrue(asSupervisor.nextStatuses().stream().allMatch(OpenCase.StatusChoice::allowed));
	}

	@Test
	void aCaseTheUserDoesNotSeeIsNotRevealed() {
		CaseDetails theCase = fixture.open(fixture.directory.clients().get(0), null);
		assertThrows(NotFoundException.class,
				() -> fixture.as(fixture.directory.giulia(), () -> fixture.cases.open(theCase.id())));
		assertThrows(NotFoundException.class, () -> fixture.cases.open(theCase.id() + 1000));
	}
}
