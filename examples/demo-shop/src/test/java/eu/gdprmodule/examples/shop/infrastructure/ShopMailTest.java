package eu.gdprmodule.examples.shop.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopMailTest {

    private static final ShopMail.Letter LETTER = new ShopMail.Letter("Mise à jour importante : Politique de confidentialité",
            "Bonjour,\n\nCe qui change : les données sont conservées 3 ans.\n");

    private GreenMail smtp;

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void aLetterArrivesAsPlainUtf8TextFromTheConfiguredSender() throws Exception {
        try (ShopMail.Batch batch = new ShopMail.Batch(settings(smtp.getSmtp().getPort()))) {
            assertTrue(batch.delivers());
            batch.send("ann@example.com", LETTER);
            batch.send("bob@example.com", LETTER);
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage message = smtp.getReceivedMessagesForDomain("ann@example.com")[0];
        assertEquals(LETTER.subject(), message.getSubject());
        // SMTP carries lines ending in CRLF and drops the last line break
        assertEquals(LETTER.body().strip(), message.getContent().toString().replace("\r\n", "\n").strip());
        assertTrue(message.getContentType().toLowerCase().startsWith("text/plain"), message.getContentType());
        assertTrue(message.getContentType().toLowerCase().contains("charset=utf-8"), message.getContentType());
        assertEquals("privacy@demo-shop.example", message.getFrom()[0].toString());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
    }

    @Test
    void aMalformedAddressFailsItsLetterAndTheBatchGoesOn() throws Exception {
        try (ShopMail.Batch batch = new ShopMail.Batch(settings(smtp.getSmtp().getPort()))) {
            assertThrows(jakarta.mail.MessagingException.class, () -> batch.send("not an address", LETTER));
            batch.send("ann@example.com", LETTER);
        }

        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void aServerNobodyListensOnIsReportedAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ShopMail.Batch batch = new ShopMail.Batch(settings(closedPort))) {
            assertThrows(ShopMail.Unavailable.class, () -> batch.send("ann@example.com", LETTER));
        }
    }

    @Test
    void withoutAHostLettersAreOnlyLogged() throws Exception {
        MailSettings settings = MailSettings.read(key -> Optional.empty());
        try (ShopMail.Batch batch = new ShopMail.Batch(settings)) {
            assertFalse(batch.delivers());
            batch.send("ann@example.com", LETTER);
        }

        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(25, settings.port());
        assertEquals(MailSettings.DEFAULT_TIMEOUT_MS, settings.timeoutMs());
    }

    @Test
    void aPortThatIsNotANumberIsRefusedBeforeAnythingIsSent() {
        Map<String, String> config = Map.of(MailSettings.HOST, "127.0.0.1", MailSettings.PORT, "${it.smtp.port}");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MailSettings.read(key -> Optional.ofNullable(config.get(key))));
        assertTrue(refused.getMessage().contains(MailSettings.PORT), refused.getMessage());
    }

    @Test
    void theDescriptionForLogsNeverShowsThePassword() {
        Map<String, String> config = Map.of(MailSettings.HOST, "smtp.example.com", MailSettings.USER, "shop",
                MailSettings.PASSWORD, "secret-password");

        String described = MailSettings.read(key -> Optional.ofNullable(config.get(key))).toString();

        assertEquals("mail server smtp.example.com:25", described);
    }

    private static MailSettings settings(int port) {
        Map<String, String> config = Map.of(MailSettings.HOST, "127.0.0.1", MailSettings.PORT, Integer.toString(port),
                MailSettings.CONNECT_TIMEOUT, "2000", MailSettings.TIMEOUT, "2000");
        return MailSettings.read(key -> Optional.ofNullable(config.get(key)));
    }
}
