package org.carebench.persistence.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A relay on loopback that passes bytes both ways and keeps a copy of all it saw. */
final class Relay implements AutoCloseable {
	private final ServerSocket listening;
	private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
	private final Thread accepting;

	Relay(int serverPort) throws IOException {
		listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		accepting = new Thread(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					Socket upstream = new Socket(InetAddress.getLoopbackAddress(), serverPort);
					pump(client, upstream);
					pump(upstream, client);
				} catch (IOException closed) {
					return;
				}
			}
		}, "relay"); //$NON-NLS-1$
		accepting.setDaemon(true);
		accepting.start();
	}

	int port() {
		return listening.getLocalPort();
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read; (read = in.read(buffer)) > 0;) {
					synchronized (seen) {
						seen.write(buffer, 0, read);
					}
					out.write(buffer, 0, read);
				}
			} catch (IOException closed) {
				// one side hung up
			} finally {
				try {
					to.close();
				} catch (IOException ignored) {
					// closing
				}
			}
		}, "relay-pump"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	byte[] seen() {
		synchronized (seen) {
			return seen.toByteArray();
		}
	}

	@Override
	public void close() throws IOException {
		listening.close();
	}
}
