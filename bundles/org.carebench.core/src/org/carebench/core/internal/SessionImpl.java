package org.carebench.core.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.carebench.core.CarebenchException;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.osgi.service.component.annotations.Component;

/** The signed-in user of this workbench, with per-thread overrides for work done on someone's behalf. */
@Component(service = Session.class)
public class SessionImpl implements Session {

	private volatile UserRef signedIn;
	private final ThreadLocal<UserRef> actingAs = new ThreadLocal<>();

	@Override
	public Optional<UserRef> user() {
		UserRef override = actingAs.get();
		return Optional.ofNullable(override != null ? override : signedIn);
	}

	@Override
	public UserRef requireUser() {
		return user().orElseThrow(() -> new CarebenchException(Messages.Session_notSignedIn));
	}

	@Override
	public void signIn(UserRef user) {
		signedIn = user;
	}

	@Override
	public void signOut() {
		signedIn = null;
	}

	@Override
	public <T> T runAs(UserRef user, Supplier<T> work) {
		UserRef previous = actingAs.get();
		actingAs.set(user);
		try {
			return work.get();
		} finally {
			if (previous == null) {
				actingAs.remove();
			} else {
				actingAs.set(previous);
			}
		}
	}
}
