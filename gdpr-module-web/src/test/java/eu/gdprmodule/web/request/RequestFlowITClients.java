package eu.gdprmodule.web.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts to the test server from a chosen loopback address, so that RequestFlowIT's calls count as
 * different network clients. The module counts a client by the address its connection comes from
 * and trusts no forwarded header, and {@code java.net.http} cannot pick its source address on
 * Java 17; Linux routes the whole of 127.0.0.0/8 to the loopback interface, so a socket bound to
 * a random 127.x.y.z address is a client no earlier run (the test database is kept) has used.
 */
final class RequestFlowITClients {

    /** An answer: its status code, its {@code Retry-After} header or {@code null}, and its body. */
    record Answer(int statusCode, String retryAfter, String body) {
    }

    private RequestFlowITClients() {
    }

    /** A loopback address other than 127.0.0.1, at random. */
    static InetAddress fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(0, 256),
                    (byte) random.nextInt(1, 255)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a JSON body from {@code from}, one connection per call. */
    static Answer postJson(URL base, InetAddress from, String path, String origin, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String target = base.getPath().replaceFirst("/$", "") + path;
        String head = "POST " + target + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Origin: " + origin + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String retryAfter = null;
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("retry-after:")) {
                retryAfter = line.substring(line.indexOf(':') + 1).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Answer(status, retryAfter, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c; (c = in.read()) != '\n';) {
                if (c < 0) {
                    return out.toByteArray();
                }
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.skip(2); // the chunk's CRLF
        }
    }
}
