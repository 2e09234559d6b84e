package org.carebench.core.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.carebench.core.AccessPolicy;
import org.carebench.core.Actor;
import org.carebench.core.AdministrationLog;
import org.carebench.core.AdministrationLog.Subject;
import org.carebench.core.AuthenticationService;
import org.carebench.core.CarebenchException;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UserAccount;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in with passwords kept as slow salted hashes. After {@link #ALLOWED_FAILURES} wrong passwords in a row, a
 * login is refused for {@link #LOCK}, so that a password cannot be guessed at the screen. The count and the lock are
 * kept on the user's row: a restart, another workstation or a headless run does not reset them.
 */
@Component(service = AuthenticationService.class)
public class AuthenticationServiceImpl implements AuthenticationService {

	static final int MIN_LENGTH = 8;
	static final int ALLOWED_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(5);

	private static final Logger LOG = LoggerFactory.getLogger(AuthenticationServiceImpl.class);

	/** What a sign-in found, decided in the transaction that records it. */
	private record Attempt(UserRef user, Duration lockedFor) {
	}

	/** Who the administration log shows for a lock: nobody is signed in yet. */
	private static final Actor SIGN_IN = Actor.system("Sign-in"); //$NON-NLS-1$

	private final ServiceContext context;
	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final Clock clock;

	@Activate
	public AuthenticationServiceImpl(@Reference ServiceContext context) {
		this.context = context;
		this.transactions = context.transactions();
		this.session = context.session();
		this.access = context.access();
		this.clock = context.clock();
	}

	@Override
	public UserRef signIn(String login, char[] password) {
		try {
			String key = login == null ? "" : login.strip(); //$NON-NLS-1$
			// committed before the refusal is thrown: a failure must count even though the sign-in fails
			Attempt attempt = transactions.write(em -> check(em, key, password));
			if (attempt.lockedFor() != null) {
				throw new CarebenchException(NLS.bind(Messages.Auth_locked, (attempt.lockedFor().toSeconds() + 59) / 60));
			}
			if (attempt.user() == null) {
				throw new CarebenchException(Messages.Auth_wrong);
			}
			session.signIn(attempt.user());
			return attempt.user();
		} finally {
			PasswordHashing.forget(password);
		}
	}

	private Attempt check(EntityManager em, String login, char[] password) {
		Connection connection = Jdbc.of(em);
		record Account(long id, String hash, boolean active, int failures, Instant lockedUntil) {
		}
		Account account = Jdbc.first(connection, "SELECT id, password_hash, active, failed_signins, locked_until" //$NON-NLS-1$
				+ " FROM app_user WHERE login = ?", row -> new Account(row.getLong(1), row.getString(2), //$NON-NLS-1$
						row.getBoolean(3), row.getInt(4), UtcInstantConverter.toInstant(row.getTimestamp(5))),
				login).orElse(null);
		Instant now = clock.instant();
		if (account == null) {
			// as slow as for a known login, so that logins cannot be found by timing
			PasswordHashing.spend(password);
			return new Attempt(null, null);
		}
		if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
			return new Attempt(null, Duration.between(now, account.lockedUntil()));
		}
		if (account.active() && PasswordHashing.matches(password, account.hash())) {
			Jdbc.update(connection, "UPDATE app_user SET failed_signins = 0, locked_until = NULL WHERE id = ?", //$NON-NLS-1$
					account.id());
			return new Attempt(em.find(UserAccount.class, account.id()).toRef(), null);
		}
		int failures = account.failures() + 1;
		if (failures >= ALLOWED_FAILURES) {
			Jdbc.update(connection, "UPDATE app_user SET failed_signins = 0, locked_until = ? WHERE id = ?", //$NON-NLS-1$
					UtcInstantConverter.toTimestamp(now.plus(LOCK)), account.id());
			context.administrationLog().record(em, SIGN_IN, AdministrationLog.SIGN_IN_LOCKED,
					Subject.of(AdministrationLog.USER, account.id()), null,
					failures + " wrong passwords; locked until " + now.plus(LOCK)); //$NON-NLS-1$
			LOG.warn("Sign-in locked for {} minutes after {} wrong passwords: user {}", LOCK.toMinutes(), failures, //$NON-NLS-1$
					account.id());
			return new Attempt(null, LOCK);
		}
		Jdbc.update(connection, "UPDATE app_user SET failed_signins = ? WHERE id = ?", failures, account.id()); //$NON-NLS-1$
		LOG.info("Wrong password for user {} ({} in a row)", account.id(), failures); //$NON-NLS-1$
		return new Attempt(null, null);
	}

	@Override
	public void changePassword(char[] current, char[] next) {
		try {
			UserRef user = session.requireUser();
			String hash = PasswordHashing.hash(checked(next));
			// the current password is checked, and a wrong one counted, as a sign-in is
			Attempt attempt = transactions.write(em -> check(em, user.login(), current));
			if (attempt.lockedFor() != null) {
				throw new CarebenchException(NLS.bind(Messages.Auth_locked, (attempt.lockedFor().toSeconds() + 59) / 60));
			}
			if (attempt.user() == null) {
				throw new CarebenchException(Messages.Auth_wrongCurrent);
			}
			transactions.write(em -> {
				em.find(UserAccount.class, user.id()).setPasswordHash(hash);
				context.administrationLog().record(em, Actor.of(user), AdministrationLog.PASSWORD_CHANGED,
						Subject.of(AdministrationLog.USER, user.id()), null, null);
				return null;
			});
		} finally {
			PasswordHashing.forget(current);
			PasswordHashing.forget(next);
		}
	}

	@Override
	public void unlock(long userId) {
		access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_setPassword);
		transactions.write(em -> {
			if (em.find(UserAccount.class, userId) == null) {
				throw new NotFoundException(NLS.bind(Messages.Directory_noSuchUser, userId));
			}
			Jdbc.update(Jdbc.of(em), "UPDATE app_user SET failed_signins = 0, locked_until = NULL WHERE id = ?", //$NON-NLS-1$
					userId);
			context.administered(em, AdministrationLog.USER_UNLOCKED, Subject.of(AdministrationLog.USER, userId),
					null, null);
			return null;
		});
	}

	/** {@code password}, if it is long enough. */
	private static char[] checked(char[] password) {
		if (password == null || password.length < MIN_LENGTH) {
			throw new ValidationException("password", NLS.bind(Messages.Auth_tooShort, MIN_LENGTH)); //$NON-NLS-1$
		}
		return password;
	}

	@Override
	public void setPassword(long userId, char[] password) {
		try {
			access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_setPassword);
			String hash = PasswordHashing.hash(checked(password));
			transactions.write(em -> {
				UserAccount account = em.find(UserAccount.class, userId);
				if (account == null) {
					throw new NotFoundException(NLS.bind(Messages.Directory_noSuchUser, userId));
				}
				account.setPasswordHash(hash);
				context.administered(em, AdministrationLog.PASSWORD_SET, Subject.of(AdministrationLog.USER, userId),
						null, null);
				return null;
			});
		} finally {
			PasswordHashing.forget(password);
		}
	}
}
