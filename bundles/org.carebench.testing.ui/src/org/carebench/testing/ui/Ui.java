package org.carebench.testing.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.carebench.app.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Drives SWT widgets as a user would, and waits for background work by running the event loop. */
public final class Ui {

	private static final long TIMEOUT_SECONDS = 60;

	/*
	 * A failure inside a modal dialog's event loop is swallowed by JFace's exception handler and the dialog stays
	 * open, so the test would wait forever: the failure is kept here, the dialog closed, and the next Ui call
	 * rethrows it.
	 */
	private static final AtomicReference<Throwable> DIALOG_FAILURE = new AtomicReference<>();

	private Ui() {
	}

	/** Rethrows what went wrong inside a dialog driven by {@link #whenShellOpens} or {@link #clickInNextDialog}. */
	public static void rethrowDialogFailure() {
		Throwable failure = DIALOG_FAILURE.getAndSet(null);
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw new AssertionError(failure);
		}
	}

	private static void failInDialog(Shell shell, Throwable failure) {
		DIALOG_FAILURE.compareAndSet(null, failure);
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	/** Runs the event loop until {@code condition} holds; fails naming {@code what} after a minute. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (!condition.getAsBoolean()) {
			rethrowDialogFailure();
			if (System.nanoTime() > deadline) {
				fail("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the loop to check the condition again
				});
				display.sleep();
			}
		}
	}

	/** Lets pending UI work happen. */
	public static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
		rethrowDialogFailure();
	}

	/** Chooses the entry of a read-only combo whose text is {@code text}, as a click would. */
	public static void choose(Combo combo, String text) {
		int index = combo.indexOf(text);
		if (index < 0) {
			fail("No entry '" + text + "' in " + String.join(", ", combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	public static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Clicks, in the next dialog that opens, the button labelled {@code label} (mnemonics ignored). */
	public static void clickInNextDialog(String label) {
		Display display = Display.getCurrent();
		Shell main = display.getActiveShell();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell active = display.getActiveShell();
				Button button = active == null || active == main ? null : find(active, label.replace("&", ""));
				if (button != null) {
					click(button);
				} else if (active != null && active != main && System.nanoTime() > deadline) {
					failInDialog(active, new AssertionError("No button '" + label + "' in " + active.getText()));
				} else {
					display.timerExec(200, this);
				}
			}
		});
	}

	private static Button find(Composite parent, String label) {
		return find(parent, Button.class, button -> button.getText().replace("&", "").equals(label));
	}

	/** The first control below {@code parent}, depth first, of {@code type} that {@code which} accepts, or null. */
	public static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> which) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && which.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, which);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * Runs {@code action} on the next shell whose title starts with {@code title} once it is open (dialogs opened
	 * by jobs, or blocking ones opened by the test itself).
	 */
	public static void whenShellOpens(String title, java.util.function.Consumer<Shell> action) {
		whenShellOpens(shell -> shell.getText().startsWith(title), action);
	}

	/** Runs {@code action} on the next visible shell that {@code which} accepts. */
	public static void whenShellOpens(java.util.function.Predicate<Shell> which, java.util.function.Consumer<Shell> action) {
		Display display = Display.getCurrent();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && which.test(shell)) {
						try {
							while (display.readAndDispatch()) {
								// lets the dialog finish drawing
							}
							action.accept(shell);
						} catch (Throwable failure) {
							failInDialog(shell, failure);
						}
						return;
					}
				}
				display.timerExec(200, this);
			}
		});
	}

	/** Clicks the button labelled {@code label} in {@code shell}. */
	public static void clickIn(Shell shell, String label) {
		Button button = find(shell, label.replace("&", ""));
		if (button == null) {
			fail("No button '" + label + "' in " + shell.getText());
		}
		click(button);
	}

	/** The texts of every control of {@code type} below {@code parent}, depth first. */
	public static <T extends Control> java.util.List<String> texts(Composite parent, Class<T> type,
			java.util.function.Function<T, String> text) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				texts.add(text.apply(type.cast(child)));
			} else if (child instanceof Composite composite) {
				texts.addAll(texts(composite, type, text));
			}
		}
		return texts;
	}

	/** Saves what the screen shows under {@code target/screenshots}. */
	public static void screenshot(String name) {
		settle();
		// GTK paints asynchronously: give the X server a moment to show the last changes
		long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
		Display display = Display.getCurrent();
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// wakes the loop
				});
				display.sleep();
			}
		}
		settle();
		Path directory = Paths.get(System.getProperty("carebench.screenshots", "target/screenshots"));
		Screenshots.save(Display.getCurrent(), directory.resolve(name + ".png"));
	}
}
