package org.carebench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.carebench.cases.BulkProgress;
import org.carebench.cases.BulkReport;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.ReportScope;
import org.carebench.cases.internal.ReportScopeImpl;
import org.carebench.core.ChainReport;
import org.carebench.core.model.Jdbc;
import org.carebench.persistence.DatabaseBackups;
import org.carebench.persistence.DatabaseBackups.Verification;
import org.carebench.persistence.internal.DatabaseBackupsImpl;
import org.carebench.persistence.internal.DatabaseComponent;
import org.carebench.testing.Casework;
import org.carebench.testing.TemporaryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Casework as workstations do it on the secured shared server: through TLS, with the account that may only read and
 * write rows. Whatever the services need beyond that (a schema for a report scope, a table lock for the counts)
 * must already be there, made by the server's owner.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class SecuredServerCaseworkTest {

	private Casework fixture;

	@BeforeAll
	void startServer() {
		fixture = new Casework(TemporaryDatabase.onSecuredServer());
	}

	@AfterAll
	void stopServer() {
		fixture.close();
	}

	@Test
	void casesNotesBulkChangesReportsAndTheLogWorkThroughTheWorkstationsAccount() {
		CaseDetails first = fixture.open(fixture.directory.clients().get(0), fixture.directory.ana());
		CaseDetails second = fixture.open(fixture.directory.clients().get(1), null);
		fixture.cases.changeStatus(first.id(), "IN_PROGRESS", null, first.version()); //$NON-NLS-1$
		fixture.notes.addNote(first.id(), "Entrevista por la red cifrada."); //$NON-NLS-1$
		BulkReport bulk = fixture.as(fixture.directory.marco(), () -> fixture.bulk.changeStatus(
				new long[] { second.id() }, "PENDING", null, BulkProgress.NONE)); //$NON-NLS-1$
		assertEquals(1, bulk.changed(), bulk.failures().toString());

		ReportScopeImpl scope = new ReportScopeImpl(fixture.context);
		Set<Long> reported = fixture.database.transactions().query(connection -> {
			try (ReportScope.Entered entered = scope.enter(connection)) {
				return new HashSet<>(Jdbc.list(connection, "SELECT case_id FROM reporting.cases", row -> row.getLong(1))); //$NON-NLS-1$
			}
		});
		Set<Long> listed = new HashSet<>();
		for (long id : fixture.cases.findCaseIds(CaseQuery.ALL)) {
			listed.add(id);
		}
		assertEquals(listed, reported, "the reports show the cases of the list");
		scope.foldCounts();

		ChainReport log = fixture.asSystem(fixture.log::verify);
		assertTrue(log.intact(), "the activity log is intact: " + log.breaks());
		assertTrue(log.entries() >= 4, "opening, note, status change and bulk change are logged");
	}

	@Test
	void theServerBacksItsDatabaseUpAndChecksTheCopyWithItsOwner() {
		fixture.open(fixture.directory.clients().get(2), null);
		DatabaseComponent server = fixture.database.serverDatabase().orElseThrow();
		DatabaseBackups backups = new DatabaseBackupsImpl(server, server, fixture.context);
		Verification taken = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT));
		assertTrue(taken.sound(), taken.problems().toString());
		assertTrue(taken.rows().get("CARE_CASE") >= 1); //$NON-NLS-1$
	}

	/** Last: restoring replaces the database under the workstations, whose connections then end. */
	@Test
	@Order(Integer.MAX_VALUE)
	void theServersOwnerRestoresABackupOfItsDatabase() {
		DatabaseComponent server = fixture.database.serverDatabase().orElseThrow();
		DatabaseBackups backups = new DatabaseBackupsImpl(server, server, fixture.context);
		long before = casesOnServer(server);
		Verification taken = fixture.asSystem(() -> backups.backUp(DatabaseBackups.DEFAULT_KEPT));
		fixture.open(fixture.directory.clients().get(0), null);
		assertEquals(before + 1, casesOnServer(server));
		fixture.asSystem(() -> backups.restore(taken.backup()));
		assertEquals(before, casesOnServer(server), "the server's database is as it was when backed up"); //$NON-NLS-1$
	}

	private static long casesOnServer(DatabaseComponent server) {
		return server.query(connection -> Jdbc.first(connection, "SELECT COUNT(*) FROM care_case", //$NON-NLS-1$
				row -> row.getLong(1)).orElseThrow());
	}

	@Test
	void theAccountMayNotMakeASchemaNorChangeTheLog() {
		for (String attack : List.of("CREATE SCHEMA cb_scope_999999", //$NON-NLS-1$
				"DELETE FROM activity_log", "UPDATE activity_log SET action = 'forged'", //$NON-NLS-1$ //$NON-NLS-2$
				"DELETE FROM admin_log", "UPDATE admin_log SET action = 'forged'")) { //$NON-NLS-1$ //$NON-NLS-2$
			SQLException refused = fixture.database.transactions().query(connection -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute(attack);
					return null;
				} catch (SQLException e) {
					return e;
				}
			});
			assertNotNull(refused, attack + " was allowed");
		}
	}
}
