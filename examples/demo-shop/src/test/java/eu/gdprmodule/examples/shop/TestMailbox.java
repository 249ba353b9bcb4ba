package eu.gdprmodule.examples.shop;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port the build reserved
 * ({@code it.smtp.port}), where the shop's and the module's mail go in the shop's tests.
 */
public final class TestMailbox implements AutoCloseable {

    private final GreenMail smtp;

    private TestMailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static TestMailbox start() {
        String port = System.getProperty("it.smtp.port");
        assertNotNull(port, "it.smtp.port is not set: the shop's pom reserves it and failsafe passes it");
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new TestMailbox(smtp);
    }

    public MimeMessage[] received() {
        return smtp.getReceivedMessages();
    }

    /**
     * Blocks until {@code found} finds something in the messages received so far, woken by every
     * message the server receives rather than by a clock; fails with {@code missing} after {@code patience}.
     */
    public <T> T await(Function<MimeMessage[], Optional<T>> found, Duration patience, Supplier<String> missing) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            MimeMessage[] received = smtp.getReceivedMessages(); // counted before looking, so none is missed
            Optional<T> result = found.apply(received);
            if (result.isPresent()) {
                return result.get();
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !smtp.waitForIncomingEmail(left, received.length + 1)) {
                fail("within " + patience + " " + missing.get());
            }
        }
    }

    /** The first recipient's address, in lower case; empty when there is none. */
    public static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable recipients", e);
        }
    }

    /** The decoded plain text, lines ending in {@code \n}. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
