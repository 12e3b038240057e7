package io.cmr.preference.unsubscribe;

import java.nio.charset.StandardCharsets;

import io.cmr.preference.topic.Topic;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/** The small pages a one-click link answers with, in French and English. */
final class UnsubscribePage {

    private UnsubscribePage() {
    }

    static String confirm(Topic topic, UnsubscribeTokens.Claims claims, String token) {
        String action = "/api/v1/unsubscribe?token=" + UriUtils.encodeQueryParam(token, StandardCharsets.UTF_8);
        return page("""
                <p lang="fr">Ne plus recevoir « %s » par %s ?</p>
                <p lang="en">Stop receiving “%s” by %s?</p>
                <form method="post" action="%s">
                  <input type="hidden" name="List-Unsubscribe" value="One-Click">
                  <button type="submit">Se désabonner / Unsubscribe</button>
                </form>""".formatted(escape(topic.name().fr()), claims.channel(), escape(topic.name().en()),
                claims.channel(), escape(action)));
    }

    static String done(Topic topic, UnsubscribeTokens.Claims claims, String preferencesPage) {
        return page("""
                <p lang="fr">C'est fait : vous ne recevrez plus « %s » par %s.</p>
                <p lang="en">Done: you will no longer receive “%s” by %s.</p>
                %s""".formatted(escape(topic.name().fr()), claims.channel(), escape(topic.name().en()), claims.channel(),
                preferencesLink(preferencesPage)));
    }

    static String mandatory(Topic topic, UnsubscribeTokens.Claims claims, String preferencesPage) {
        return page("""
                <p lang="fr">« %s » est obligatoire et %s est le dernier moyen de vous joindre à ce sujet : il reste actif.
                Vous pouvez choisir un autre moyen dans vos préférences.</p>
                <p lang="en">“%s” is mandatory and %s is the last way we can reach you about it, so it stays on.
                You can choose another channel in your preferences.</p>
                %s""".formatted(escape(topic.name().fr()), claims.channel(), escape(topic.name().en()), claims.channel(),
                preferencesLink(preferencesPage)));
    }

    static String invalid(String preferencesPage) {
        return page("""
                <p lang="fr">Ce lien n'est pas valide ou a expiré. Rien n'a été modifié.</p>
                <p lang="en">This link is not valid or has expired. Nothing was changed.</p>
                %s""".formatted(preferencesLink(preferencesPage)));
    }

    static String topicGone(String preferencesPage) {
        return page("""
                <p lang="fr">Ce sujet n'existe plus : vous ne recevrez plus rien à son propos.</p>
                <p lang="en">This topic no longer exists: you will receive nothing more about it.</p>
                %s""".formatted(preferencesLink(preferencesPage)));
    }

    private static String preferencesLink(String preferencesPage) {
        return "<p><a href=\"" + escape(preferencesPage) + "\">Mes préférences / My preferences</a></p>";
    }

    private static String page(String body) {
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><meta name="robots" content="noindex">
                <title>Désabonnement / Unsubscribe</title></head>
                <body>
                %s
                </body></html>
                """.formatted(body);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
