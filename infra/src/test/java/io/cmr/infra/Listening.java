package io.cmr.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether a server accepts a TCP connection on an address: how tests tell where it is bound. */
final class Listening {

    /** Another loopback address of this machine, refused by a server bound to 127.0.0.1 only (Linux routes all of 127/8 to lo). */
    static final String OTHER_ADDRESS = "127.0.0.2";

    private Listening() {
    }

    static boolean accepts(String address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }
}
