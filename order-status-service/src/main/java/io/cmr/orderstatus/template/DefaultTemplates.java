package io.cmr.orderstatus.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cmr.orderstatus.notification.CustomerChannel;

/**
 * The templates every installation starts with, for every kind in French and English, for any
 * topic: e-mail (subject, text, HTML), SMS and in-app. Each names the action that answers it, so
 * reading the notice is enough.
 */
final class DefaultTemplates {

    private static final String TRACK = "orderUrl";
    private static final String INSTRUCTIONS = "deliveryInstructionsUrl";
    private static final String PROBLEM = "reportProblemUrl";
    private static final String ORDERS = "ordersUrl";

    private DefaultTemplates() {
    }

    private record Words(String subject, String body, String sms) {
    }

    private record Kind(String kind, Words fr, Words en, List<String> actions) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("SHIPPED",
                    new Words("Votre commande {{orderId}} est expédiée",
                            "Bonne nouvelle : votre commande {{orderId}} est partie avec {{carrier}} (suivi {{trackingNumber}}). Livraison prévue : {{eta}}.",
                            "Commande {{orderId}} expédiée, livraison prévue {{eta}}."),
                    new Words("Your order {{orderId}} has shipped",
                            "Good news: your order {{orderId}} is on its way with {{carrier}} (tracking {{trackingNumber}}). Expected delivery: {{eta}}.",
                            "Order {{orderId}} shipped, expected {{eta}}."),
                    List.of(TRACK, INSTRUCTIONS)),
            new Kind("OUT_FOR_DELIVERY",
                    new Words("Votre commande {{orderId}} arrive aujourd'hui",
                            "Le livreur de {{carrier}} est en route avec votre commande {{orderId}}.",
                            "Commande {{orderId}} en cours de livraison aujourd'hui."),
                    new Words("Your order {{orderId}} arrives today",
                            "The {{carrier}} driver is on the way with your order {{orderId}}.",
                            "Order {{orderId}} is out for delivery today."),
                    List.of(TRACK, INSTRUCTIONS)),
            new Kind("DELIVERED",
                    new Words("Votre commande {{orderId}} est livrée",
                            "Votre commande {{orderId}} a été livrée. Un souci avec le colis ? Dites-le-nous en un clic.",
                            "Commande {{orderId}} livrée."),
                    new Words("Your order {{orderId}} was delivered",
                            "Your order {{orderId}} was delivered. Something wrong with the parcel? Tell us in one click.",
                            "Order {{orderId}} delivered."),
                    List.of(TRACK, PROBLEM)),
            new Kind("DELAY_LATE",
                    new Words("Votre commande {{orderId}} a du retard",
                            "Votre commande {{orderId}} arrivera après le créneau promis. Nouvelle estimation : {{eta}}. {{detail}}",
                            "Commande {{orderId}} en retard, nouvelle estimation {{eta}}."),
                    new Words("Your order {{orderId}} is late",
                            "Your order {{orderId}} will arrive after its promised window. New estimate: {{eta}}. {{detail}}",
                            "Order {{orderId}} is late, new estimate {{eta}}."),
                    List.of(TRACK, INSTRUCTIONS, PROBLEM)),
            new Kind("DELAY_AT_RISK",
                    new Words("Votre commande {{orderId}} risque d'arriver en retard",
                            "D'après {{carrier}}, votre commande {{orderId}} pourrait arriver après le créneau promis. Estimation : {{eta}}. {{detail}}",
                            "Commande {{orderId}} : retard possible, estimation {{eta}}."),
                    new Words("Your order {{orderId}} may be late",
                            "According to {{carrier}}, your order {{orderId}} may arrive after its promised window. Estimate: {{eta}}. {{detail}}",
                            "Order {{orderId}} may be late, estimate {{eta}}."),
                    List.of(TRACK, INSTRUCTIONS)),
            new Kind("DELAY_EXCEPTION",
                    new Words("Un incident touche votre commande {{orderId}}",
                            "{{carrier}} signale un incident sur votre commande {{orderId}} : {{detail}}. Nous suivons le dossier et vous tenons informé.",
                            "Commande {{orderId}} : incident transporteur. Nous vous tenons informé."),
                    new Words("A problem affects your order {{orderId}}",
                            "{{carrier}} reports a problem with your order {{orderId}}: {{detail}}. We are on it and will keep you posted.",
                            "Order {{orderId}}: carrier problem. We will keep you posted."),
                    List.of(TRACK, PROBLEM)),
            new Kind("DELAY_FAILED_DELIVERY",
                    new Words("Livraison de votre commande {{orderId}} manquée",
                            "{{carrier}} n'a pas pu livrer votre commande {{orderId}} : {{detail}}. Indiquez où laisser le colis pour le prochain passage.",
                            "Commande {{orderId}} non livrée. Indiquez où laisser le colis."),
                    new Words("Delivery of your order {{orderId}} failed",
                            "{{carrier}} could not deliver your order {{orderId}}: {{detail}}. Tell us where to leave it next time.",
                            "Order {{orderId}} not delivered. Tell us where to leave it."),
                    List.of(INSTRUCTIONS, TRACK, PROBLEM)),
            new Kind("DELAY_STALE",
                    new Words("Pas de nouvelles de votre commande {{orderId}}",
                            "{{carrier}} n'a rien signalé sur votre commande {{orderId}} depuis un moment. Nous avons relancé le transporteur.",
                            "Commande {{orderId}} : pas de nouvelles du transporteur, nous le relançons."),
                    new Words("No news of your order {{orderId}}",
                            "{{carrier}} has reported nothing about your order {{orderId}} for a while. We have chased the carrier.",
                            "Order {{orderId}}: no carrier news, we are chasing them."),
                    List.of(TRACK, PROBLEM)),
            new Kind("DELAY_CLEARED",
                    new Words("Votre commande {{orderId}} est de nouveau dans les temps",
                            "Le retard de votre commande {{orderId}} est résorbé. Livraison prévue : {{eta}}.",
                            "Commande {{orderId}} de nouveau dans les temps, livraison {{eta}}."),
                    new Words("Your order {{orderId}} is back on time",
                            "The delay of your order {{orderId}} is over. Expected delivery: {{eta}}.",
                            "Order {{orderId}} back on time, expected {{eta}}."),
                    List.of(TRACK)),
            new Kind("INCIDENT_DECLARED",
                    new Words("Incident : {{title}}",
                            "{{message}}\n\nCommandes concernées : {{orderIds}}. Retour à la normale prévu : {{expectedResolution}}.",
                            "{{title}} : {{orderCount}} commande(s) concernée(s). Retour prévu {{expectedResolution}}."),
                    new Words("Incident: {{title}}",
                            "{{message}}\n\nOrders affected: {{orderIds}}. Expected back to normal: {{expectedResolution}}.",
                            "{{title}}: {{orderCount}} of your orders affected. Expected fixed {{expectedResolution}}."),
                    List.of(ORDERS)),
            new Kind("INCIDENT_UPDATED",
                    new Words("Mise à jour : {{title}}",
                            "{{message}}\n\nCommandes concernées : {{orderIds}}. Retour à la normale prévu : {{expectedResolution}}.",
                            "Mise à jour {{title}} : retour prévu {{expectedResolution}}."),
                    new Words("Update: {{title}}",
                            "{{message}}\n\nOrders affected: {{orderIds}}. Expected back to normal: {{expectedResolution}}.",
                            "Update {{title}}: expected fixed {{expectedResolution}}."),
                    List.of(ORDERS)),
            new Kind("INCIDENT_RESOLVED",
                    new Words("Résolu : {{title}}",
                            "{{message}}\n\nL'incident est résolu ; vos commandes {{orderIds}} reprennent leur cours.",
                            "Résolu : {{title}}. Vos commandes reprennent leur cours."),
                    new Words("Resolved: {{title}}",
                            "{{message}}\n\nThe incident is resolved; your orders {{orderIds}} are moving again.",
                            "Resolved: {{title}}. Your orders are moving again."),
                    List.of(ORDERS)));

    static List<MessageTemplate> all(Instant now) {
        List<MessageTemplate> templates = new ArrayList<>();
        for (Kind kind : KINDS) {
            templates.addAll(of(kind, "fr", kind.fr(), now));
            templates.addAll(of(kind, "en", kind.en(), now));
        }
        return templates;
    }

    private static List<MessageTemplate> of(Kind kind, String language, Words words, Instant now) {
        boolean fr = "fr".equals(language);
        StringBuilder text = new StringBuilder(words.body()).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(words.body().replace("\n\n", "</p><p>")).append("</p>\n<ul>");
        for (String action : kind.actions()) {
            String label = label(action, fr);
            text.append(label).append(colon(fr)).append("{{").append(action).append("}}\n");
            html.append("<li><a href=\"{{").append(action).append("}}\">").append(label).append("</a></li>");
        }
        String preferences = fr ? "Choisir comment être prévenu" : "Choose how you hear from us";
        String unsubscribe = fr ? "Ne plus recevoir ces messages par e-mail" : "Stop these e-mails";
        text.append("\n").append(preferences).append(colon(fr)).append("{{preferencesUrl}}\n")
                .append(unsubscribe).append(colon(fr)).append("{{unsubscribeUrl}}\n");
        html.append("</ul>\n<p style=\"font-size:small\"><a href=\"{{preferencesUrl}}\">").append(preferences)
                .append("</a> · <a href=\"{{unsubscribeUrl}}\">").append(unsubscribe).append("</a></p>");
        String firstAction = "{{" + kind.actions().get(0) + "}}";
        String inApp = words.body() + "\n" + label(kind.actions().get(0), fr) + colon(fr) + firstAction;
        return List.of(
                template(kind.kind(), CustomerChannel.EMAIL, language, words.subject(), text.toString(), html.toString(), now),
                template(kind.kind(), CustomerChannel.SMS, language, null, words.sms() + " " + firstAction, null, now),
                template(kind.kind(), CustomerChannel.IN_APP, language, words.subject(), inApp, null, now));
    }

    private static MessageTemplate template(String kind, CustomerChannel channel, String language, String subject,
            String text, String html, Instant now) {
        return MessageTemplate.of(new TemplateKey(TemplateKey.ANY_TOPIC, kind, channel, language),
                new TemplateContent(subject, text, html), "system", now);
    }

    /** French puts a space before a colon. */
    private static String colon(boolean fr) {
        return fr ? " : " : ": ";
    }

    private static String label(String action, boolean fr) {
        return switch (action) {
            case TRACK -> fr ? "Suivre ma commande" : "Track my order";
            case INSTRUCTIONS -> fr ? "Dire où laisser le colis" : "Tell us where to leave the parcel";
            case PROBLEM -> fr ? "Signaler un problème" : "Report a problem";
            case ORDERS -> fr ? "Voir mes commandes" : "See my orders";
            default -> action;
        };
    }
}
