package io.cmr.systemtests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** By default the local stack listens on loopback only, as the README promises. */
@ExtendWith(WholeStack.class)
class BindAddressSystemTest {

    /**
     * Another address of this machine: Linux routes all of 127/8 to loopback, so a server bound to
     * every address accepts a connection here, one bound to 127.0.0.1 refuses it.
     */
    private static final String OTHER_ADDRESS = "127.0.0.2";

    private final WholeStack.Urls stack;

    BindAddressSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
    }

    @Test
    void everyServerOfTheStackAcceptsConnectionsOn127001Only() {
        stack.ports().forEach((component, port) -> {
            assertThat(accepts("127.0.0.1", port)).as(component + " on 127.0.0.1:" + port).isTrue();
            assertThat(accepts(OTHER_ADDRESS, port)).as(component + " on " + OTHER_ADDRESS + ":" + port).isFalse();
        });
    }

    private static boolean accepts(String address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }
}
