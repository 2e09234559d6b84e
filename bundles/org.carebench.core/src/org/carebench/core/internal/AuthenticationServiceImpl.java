package org.carebench.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.carebench.core.AccessPolicy;
import org.carebench.core.AuthenticationService;
import org.carebench.core.CarebenchException;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.Session;
import org.carebench.core.Transactions;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.carebench.core.model.UserAccount;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sign-in with passwords kept as slow salted hashes. After {@link #ALLOWED_FAILURES} wrong passwords in a row, a
 * login is refused for {@link #LOCK}, so that a password cannot be guessed at the screen.
 */
@Component(service = AuthenticationService.class)
public class AuthenticationServiceImpl implements AuthenticationService {

	static final int MIN_LENGTH = 8;
	static final int ALLOWED_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(5);

	private record Failures(int count, Instant last) {
	}

	private final Transactions transactions;
	private final Session session;
	private final AccessPolicy access;
	private final Clock clock;
	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@Activate
	public AuthenticationServiceImpl(@Reference ServiceContext context) {
		this.transactions = context.transactions();
		this.session = context.session();
		this.access = context.access();
		this.clock = context.clock();
	}

	@Override
	public UserRef signIn(String login, char[] password) {
		try {
			String key = login == null ? "" : login.strip(); //$NON-NLS-1$
			refuseWhileLocked(key);
			UserAccount account = transactions.read(em -> em
					.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class) //$NON-NLS-1$
					.setParameter("login", key).getResultList().stream().findFirst().orElse(null)); //$NON-NLS-1$
			boolean matches = account != null && account.isActive()
					&& PasswordHashing.matches(password, account.getPasswordHash());
			if (!matches) {
				failures.merge(key, new Failures(1, clock.instant()),
						(old, added) -> new Failures(old.count() + 1, added.last()));
				throw new CarebenchException(Messages.Auth_wrong);
			}
			failures.remove(key);
			UserRef user = account.toRef();
			session.signIn(user);
			return user;
		} finally {
			PasswordHashing.forget(password);
		}
	}

	private void refuseWhileLocked(String login) {
		Failures known = failures.get(login);
		if (known != null && known.count() >= ALLOWED_FAILURES) {
			Duration left = Duration.between(clock.instant(), known.last().plus(LOCK));
			if (!left.isNegative()) {
				throw new CarebenchException(NLS.bind(Messages.Auth_locked, (left.toSeconds() + 59) / 60));
			}
			failures.remove(login);
		}
	}

	@Override
	public void setPassword(long userId, char[] password) {
		try {
			boolean own = session.user().map(user -> user.id() == userId).orElse(false);
			if (!own) {
				access.requireAnywhere(Permission.SYSTEM_ADMINISTER, Messages.Action_setPassword);
			}
			if (password == null || password.length < MIN_LENGTH) {
				throw new ValidationException("password", NLS.bind(Messages.Auth_tooShort, MIN_LENGTH)); //$NON-NLS-1$
			}
			String hash = PasswordHashing.hash(password);
			transactions.write(em -> {
				UserAccount account = em.find(UserAccount.class, userId);
				if (account == null) {
					throw new NotFoundException(NLS.bind(Messages.Directory_noSuchUser, userId));
				}
				account.setPasswordHash(hash);
				return null;
			});
		} finally {
			PasswordHashing.forget(password);
		}
	}
}
