package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.consent.BannerText;
import eu.gdprmodule.consent.ConsentChoice;
import eu.gdprmodule.consent.ConsentMethod;
import eu.gdprmodule.consent.ConsentRecord;
import eu.gdprmodule.consent.ConsentStore;
import eu.gdprmodule.consent.ConsentToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;

/**
 * Test host only: records a proof through the module's {@link ConsentStore}, as the banner does,
 * but at a chosen time, so the console's search by period can be checked on fixed dates.
 * {@code POST /it/proofs?consentId=&givenAt=&method=&userAgent=&ip=&gpc=} answers
 * {@code proofId textHash}.
 */
@WebServlet("/it/proofs")
public class ProofSeeder extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentStore store;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String consentId = request.getParameter("consentId");
        BannerText text = BannerText.of("en", 1, "We use cookies for audience measurement. Banner of " + consentId);
        store.storeText(text, Instant.now());
        Instant givenAt = Instant.parse(request.getParameter("givenAt"));
        ConsentToken token = new ConsentToken(consentId, 1, givenAt,
                new ConsentChoice(Set.of("essential", "analytics"), Set.of("session", "matomo")));
        ConsentRecord proof = store.record(token, givenAt, ConsentMethod.ofWire(request.getParameter("method")).orElseThrow(),
                Boolean.parseBoolean(request.getParameter("gpc")), text, request.getParameter("ip"),
                request.getParameter("userAgent"), Set.of());
        response.setContentType("text/plain");
        response.getWriter().write(proof.getProofId() + " " + text.hash());
    }
}
