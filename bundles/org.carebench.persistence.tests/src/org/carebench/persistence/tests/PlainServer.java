package org.carebench.persistence.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;

import org.apache.derby.drda.NetworkServerControl;

/** A Derby Network Server as it comes (no authentication, no TLS) on a loopback port, up once it answers. */
final class PlainServer {

	private PlainServer() {
	}

	static NetworkServerControl start(int port) throws Exception {
		NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
		server.start(new PrintWriter(new StringWriter()));
		for (int attempt = 0;; attempt++) {
			try {
				server.ping();
				return server;
			} catch (Exception notYet) {
				if (attempt > 100) {
					throw notYet;
				}
				Thread.sleep(50);
			}
		}
	}
}
