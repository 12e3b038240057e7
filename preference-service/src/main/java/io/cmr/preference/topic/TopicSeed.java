package io.cmr.preference.topic;

import java.time.Instant;
import java.util.List;

import static io.cmr.preference.topic.Channel.EMAIL;
import static io.cmr.preference.topic.Channel.IN_APP;
import static io.cmr.preference.topic.Channel.POSTAL;
import static io.cmr.preference.topic.Channel.PUSH;
import static io.cmr.preference.topic.Channel.SMS;

/** The topics every installation starts with. */
final class TopicSeed {

    private TopicSeed() {
    }

    static List<Topic> topics(Instant now) {
        List<Channel> all = List.of(EMAIL, SMS, PUSH, IN_APP, POSTAL);
        return List.of(
                new Topic("order-updates", new LocalizedText("Suivi de commande", "Order updates"),
                        new LocalizedText("Confirmation et changements de vos commandes.", "Confirmation and changes of your orders."),
                        Category.TRANSACTIONAL, all, List.of(EMAIL, IN_APP), false, 1, now),
                new Topic("delivery-updates", new LocalizedText("Suivi de livraison", "Delivery updates"),
                        new LocalizedText("Expédition, passage du transporteur, livraison.", "Shipping, carrier visits, delivery."),
                        Category.TRANSACTIONAL, List.of(EMAIL, SMS, PUSH, IN_APP), List.of(EMAIL, SMS, IN_APP), false, 1, now),
                new Topic("service-incidents", new LocalizedText("Incidents de service", "Service incidents"),
                        new LocalizedText("Retards, pannes et rappels qui vous concernent.", "Delays, outages and recalls that affect you."),
                        Category.TRANSACTIONAL, all, List.of(EMAIL, IN_APP), false, 1, now),
                new Topic("account-security", new LocalizedText("Sécurité du compte", "Account security"),
                        new LocalizedText("Connexions inhabituelles, changements de mot de passe.", "Unusual sign-ins, password changes."),
                        Category.TRANSACTIONAL, List.of(EMAIL, SMS, PUSH, IN_APP), List.of(EMAIL), true, 1, now),
                new Topic("marketing-offers", new LocalizedText("Offres et nouveautés", "Offers and news"),
                        new LocalizedText("Promotions et nouveaux produits, seulement si vous le souhaitez.", "Promotions and new products, only if you want them."),
                        Category.MARKETING, List.of(EMAIL, SMS, PUSH, POSTAL), List.of(), false, 1, now));
    }
}
