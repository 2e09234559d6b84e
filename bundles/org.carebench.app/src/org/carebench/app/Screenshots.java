package org.carebench.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the screen shows as a PNG: how the run command and the UI tests record what a user sees. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Captures the whole display into {@code file} (parent directories are created). Call on the UI thread. */
	public static void save(Display display, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
