package io.cmr.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A GET written byte for byte on a socket, for request lines that Java's HTTP client refuses to
 * send but a hostile or broken client will, and for clients on another address than 127.0.0.1.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** @return the whole response, status line, headers and body as text */
    public static String get(int port, String path, String authorization) {
        return getFrom("127.0.0.1", port, path, "Authorization: " + authorization);
    }

    /**
     * From another local address (such as 127.0.0.2, which a server sees as a client that is
     * neither itself nor a proxy on its host), to 127.0.0.1.
     *
     * @param headerLines whole header lines, {@code Name: value}; {@code Host: localhost} is sent unless one is given
     */
    public static String getFrom(String localAddress, int port, String path, String... headerLines) {
        return request(localAddress, port, "GET", path, headerLines);
    }

    /** Any method, from another local address as for {@link #getFrom}. */
    public static String request(String localAddress, int port, String method, String path, String... headerLines) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean hasHost = false;
            for (String line : headerLines) {
                request.append(line).append("\r\n");
                hasHost |= line.regionMatches(true, 0, "Host:", 0, 5);
            }
            if (!hasHost) {
                request.append("Host: localhost\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
