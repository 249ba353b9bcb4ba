package eu.gdprmodule.examples.shop.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.examples.shop.BuiltShop;
import eu.gdprmodule.examples.shop.browser.Browser;
import eu.gdprmodule.examples.shop.browser.ConsolePage;
import eu.gdprmodule.examples.shop.browser.PolicyEditorPage;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;

/**
 * The policies in the console, as the shop's staff use them in headless Chromium: the privacy
 * policy written with a section generated from the register, previewed, saved and published,
 * then read on its public page; HTML that could run in a visitor's browser refused with the
 * reason; two versions compared word by word; the DPO's read-only editor. Every test starts as a
 * new visitor; those that publish use a policy of their own (published versions cannot be
 * removed, and the tests of the class share one database), except the one that writes the
 * privacy policy itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static WebArchive shop() {
        return BuiltShop.war();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdministratorWritesPreviewsAndPublishesAPolicy() {
        ConsolePage dashboard = signInAsAdministrator();
        assertTrue(dashboard.isAvailable("policies"), "the menu opens the policies");
        String controller = ConsolePage.open(browser, base, "gdpr/admin/settings.xhtml").controllerName();
        String marker = unique("it-privacy");
        String title = "Privacy policy " + marker;

        PolicyEditorPage editor = PolicyEditorPage.editor(browser, base, "privacy", "en");
        assertEquals("Policy “privacy” in English", editor.heading());
        assertEquals("policies", editor.currentSection(), "the menu shows where the editor belongs");
        assertTrue(editor.sectionLines().contains("{{gdpr:controller}}"), editor.sectionLines().toString());
        editor.type("editor:title", title)
                .type("editor:source", "# " + title + "\n\nWe look after your data (" + marker + ").\n\n"
                        + "{{gdpr:controller}}\n")
                .type("editor:summary", "Written by the browser test " + marker);

        String preview = editor.preview().previewText();
        assertTrue(preview.contains(marker), preview);
        assertTrue(preview.contains(controller), "the generated section names the register's controller: " + preview);
        assertFalse(preview.contains("{{gdpr:"), "the placeholder is replaced: " + preview);

        PolicyEditorPage saved = editor.save();
        assertTrue(saved.formMessages().contains("The draft is saved"), saved.formMessages());
        assertTrue(saved.state().contains("Draft saved by " + ConsoleWalkIT.ADMIN), saved.state());
        assertEquals(title, saved.value("editor:title"));
        Browser.screenshot(browser, "policy-editor");

        String material = saved.material(true).publishQuestionThenCancel();
        assertTrue(material.contains("It is a material change: customers are notified."), material);
        assertTrue(saved.state().contains("Draft saved by"), "cancelled: nothing published");
        String question = saved.material(false).publishAndConfirm();
        assertTrue(question.matches("Publish version \\d+ of “" + title + "” in English\\?.*"), question);
        assertTrue(question.contains("cannot be changed afterwards"), question);
        assertFalse(question.contains("customers are notified"), "not material: " + question);
        PolicyEditorPage published = new PolicyEditorPage(browser);
        assertTrue(published.publishedNote().contains("is in force"), published.publishedNote() + published.formMessages());
        assertTrue(published.state().contains("No draft"), "publishing consumed the draft: " + published.state());
        String link = published.publicLink();
        assertTrue(link.endsWith("/gdpr/policies/privacy?lang=en"), link);

        String page = PolicyEditorPage.publicPage(browser, link);
        assertTrue(page.contains(title), page);
        assertTrue(page.contains(marker), page);
        assertTrue(page.contains(controller), page);
        assertTrue(page.contains("Last updated"), page);

        PolicyEditorPage list = PolicyEditorPage.list(browser, base);
        assertTrue(list.inForce("privacy", "en").startsWith("Version "), list.inForce("privacy", "en"));
    }

    @Test
    void aScriptInTheSourceIsRefusedWithTheReason() {
        signInAsAdministrator();
        String slug = unique("it-script");
        PolicyEditorPage editor = PolicyEditorPage.list(browser, base).addPolicy(slug);
        assertTrue(editor.url().contains("slug=" + slug), editor.url());
        assertTrue(editor.formMessages().contains("is added"), editor.formMessages());
        String source = "# Script test\n\nHello.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n";
        editor.type("editor:title", "Script test").type("editor:source", source).type("editor:summary", "First version");

        assertFalse(editor.preview().previewHoldsScript(), "the preview never runs what the source holds");
        String flagged = editor.previewRemoved() + editor.previewProblems();
        assertTrue(flagged.toLowerCase().contains("script"), "the preview says what it left out: " + flagged);

        PolicyEditorPage refused = editor.save();
        String reason = refused.fieldMessage("editor:sourceMessage");
        assertTrue(reason.toLowerCase().contains("script"),
                "the message next to the text names what is refused: " + reason + " / " + refused.formMessages());
        assertEquals(source.strip(), refused.value("editor:source").strip(), "the author keeps their text");
        assertTrue(refused.state().contains("No draft"), "nothing was saved: " + refused.state());
        Browser.screenshot(browser, "policy-script-refused");

        PolicyEditorPage stillRefused = new PolicyEditorPage(browser);
        stillRefused.publishAndConfirm();
        PolicyEditorPage afterPublish = new PolicyEditorPage(browser);
        assertTrue(afterPublish.fieldMessage("editor:sourceMessage").toLowerCase().contains("script"),
                afterPublish.fieldMessage("editor:sourceMessage") + " / " + afterPublish.formMessages());
        assertEquals("", afterPublish.publishedNote(), "nothing was published");

        assertTrue(PolicyEditorPage.list(browser, base).inForce(slug, "en").startsWith("Not published"));
        String page = PolicyEditorPage.publicPage(browser, base.resolve("gdpr/policies/" + slug).toString());
        assertTrue(page.contains("There is no published policy named"), page);
    }

    @Test
    void secondVersionShowsInTheDiff() {
        signInAsAdministrator();
        String slug = unique("it-diff");
        PolicyEditorPage first = PolicyEditorPage.list(browser, base).addPolicy(slug)
                .type("editor:title", "Terms " + slug)
                .type("editor:source", "# Terms\n\nWe keep your orders for three years.\n\nWe answer within a month.\n")
                .type("editor:summary", "First version")
                .material(false);
        first.publishAndConfirm();
        PolicyEditorPage second = new PolicyEditorPage(browser);
        assertTrue(second.publishedNote().contains("Version 1 is in force"), second.publishedNote() + second.formMessages());
        assertEquals("We keep your orders for three years.", second.value("editor:source").lines()
                .filter(l -> l.startsWith("We keep")).findFirst().orElse(""), "a new draft starts from the version in force");
        second.type("editor:source", "# Terms\n\nWe keep your orders for five years.\n\nWe answer within a month.\n")
                .type("editor:summary", "Orders are kept longer");
        second.publishAndConfirm();
        assertTrue(new PolicyEditorPage(browser).publishedNote().contains("Version 2 is in force"));

        PolicyEditorPage diff = PolicyEditorPage.list(browser, base).compare(slug, "en");
        assertEquals("Versions of “" + slug + "” in English", diff.heading());
        assertTrue(diff.deletedWords().stream().anyMatch(w -> w.contains("three")), diff.deletedWords().toString());
        assertTrue(diff.insertedWords().stream().anyMatch(w -> w.contains("five")), diff.insertedWords().toString());
        assertFalse(diff.deletedWords().stream().anyMatch(w -> w.contains("month")), "unchanged words are not marked");
        assertTrue(diff.rowKinds().stream().anyMatch(k -> !k.equals("equal")), diff.rowKinds().toString());
        Browser.screenshot(browser, "policy-diff");

        List<String> changedRows = diff.showOnlyChanges().rowKinds();
        assertFalse(changedRows.isEmpty(), "the change stays");
        assertFalse(changedRows.contains("equal"), changedRows.toString());
        assertTrue(diff.insertedWords().stream().anyMatch(w -> w.contains("five")), diff.insertedWords().toString());
    }

    @Test
    void aDraftSavedMeanwhileInAnotherTabIsNotOverwritten() {
        signInAsAdministrator();
        String slug = unique("it-conflict");
        PolicyEditorPage.list(browser, base).addPolicy(slug)
                .type("editor:title", "Conflict test").type("editor:source", "# Conflict test\n\nThe first text.\n").save();
        String firstTab = browser.getWindowHandle();
        PolicyEditorPage older = PolicyEditorPage.editor(browser, base, slug, "en");
        browser.switchTo().newWindow(WindowType.TAB);
        PolicyEditorPage newer = PolicyEditorPage.editor(browser, base, slug, "en")
                .type("editor:source", "# Conflict test\n\nWritten in the second tab.\n").save();
        assertTrue(newer.formMessages().contains("The draft is saved"), newer.formMessages());
        browser.close();
        browser.switchTo().window(firstTab);

        PolicyEditorPage conflict = older.type("editor:source", "# Conflict test\n\nWritten in the first tab.\n").save();
        assertTrue(conflict.formMessages().contains(ConsoleWalkIT.ADMIN + " saved this draft since you opened it"),
                conflict.formMessages());
        assertTrue(conflict.offersReload());
        assertTrue(conflict.value("editor:source").contains("Written in the first tab."), "the refused text stays on screen");
        assertTrue(conflict.reload().value("editor:source").contains("Written in the second tab."),
                "the reload shows the draft saved meanwhile");
    }

    @Test
    void theDpoSeesThePolicyEditorReadOnly() {
        signInAs(ConsoleWalkIT.DPO, ConsoleWalkIT.DPO_PASSWORD);
        PolicyEditorPage list = PolicyEditorPage.list(browser, base);
        assertTrue(list.policies().containsAll(List.of("privacy", "cookies")), list.policies().toString());
        assertFalse(list.offersToAddAPolicy(), "only administrators add policies");
        Browser.screenshot(browser, "policies");
        new ConsolePage(browser).switchLanguage("fr");
        PolicyEditorPage french = new PolicyEditorPage(browser);
        assertEquals("Politiques", french.heading());
        assertTrue(french.inForce("cookies", "fr").startsWith("Version ") || french.inForce("cookies", "fr").startsWith("Non publiée"),
                french.inForce("cookies", "fr"));

        PolicyEditorPage editor = PolicyEditorPage.editor(browser, base, "cookies", "fr");
        assertEquals("Politique « cookies » en français", editor.heading());
        assertTrue(editor.isReadOnly(), "fields disabled, no buttons, a note saying why");
        assertEquals("policies", editor.currentSection());
        assertFalse(editor.sectionLines().isEmpty(), "the DPO sees the generated sections too");

        PolicyEditorPage unknown = PolicyEditorPage.editor(browser, base, "no-such-policy", "en");
        assertTrue(unknown.isMissing());
        assertTrue(unknown.missingMessage().contains("Il n’existe pas de politique nommée « no-such-policy »"),
                "a clear message, in the console's language, not an error page: " + unknown.missingMessage());
    }
}
