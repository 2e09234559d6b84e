package org.carebench.core.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.carebench.core.Actor;
import org.carebench.core.CarebenchException;
import org.carebench.core.Session;
import org.carebench.core.UserRef;
import org.osgi.service.component.annotations.Component;

/** The signed-in user of this workbench, with per-thread overrides for work done on someone's behalf. */
@Component(service = Session.class)
public class SessionImpl implements Session {

	private volatile UserRef signedIn;
	private final ThreadLocal<Actor> actingAs = new ThreadLocal<>();

	@Override
	public Optional<UserRef> user() {
		Actor override = actingAs.get();
		return override != null ? Optional.ofNullable(override.user()) : Optional.ofNullable(signedIn);
	}

	@Override
	public UserRef requireUser() {
		return user().orElseThrow(() -> new CarebenchException(Messages.Session_notSignedIn));
	}

	@Override
	public Actor actor() {
		Actor override = actingAs.get();
		return override != null ? override : Actor.of(requireUser());
	}

	@Override
	public boolean isSystem() {
		Actor override = actingAs.get();
		return override != null && override.user() == null;
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
		return acting(Actor.of(user), work);
	}

	@Override
	public <T> T runAsSystem(String label, Supplier<T> work) {
		return acting(Actor.system(label), work);
	}

	private <T> T acting(Actor actor, Supplier<T> work) {
		Actor previous = actingAs.get();
		actingAs.set(actor);
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
