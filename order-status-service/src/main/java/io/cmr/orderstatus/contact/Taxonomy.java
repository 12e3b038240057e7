package io.cmr.orderstatus.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.contact.domain.ReasonKind;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.stereotype.Repository;

import static io.cmr.orderstatus.contact.domain.ReasonKind.AVOIDABLE_BY_INFORMATION;
import static io.cmr.orderstatus.contact.domain.ReasonKind.AVOIDABLE_BY_SELF_SERVICE;
import static io.cmr.orderstatus.contact.domain.ReasonKind.VALUABLE;

/**
 * The contact-reason taxonomy: fixed categories and the reasons admins maintain, seeded at start
 * (insert-once, so every instance may seed and admins' changes are never overwritten).
 */
@Repository
public class Taxonomy {

    private final Documents<ContactCategory> categories;
    private final Documents<ContactReason> reasons;
    private final Clock clock;

    Taxonomy(MongoDatabase database, Clock clock) {
        this.categories = Documents.in(database, "contact_categories", ContactCategory.class, clock);
        this.reasons = Documents.in(database, "contact_reasons", ContactReason.class, clock);
        this.clock = clock;
        seed();
    }

    public List<ContactCategory> categories() {
        return categories.collection().find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    public Optional<ContactCategory> category(String code) {
        return categories.find(code);
    }

    public List<ContactReason> reasons() {
        return reasons.collection().find().sort(Sorts.ascending("category", "_id")).into(new ArrayList<>());
    }

    public Optional<ContactReason> reason(String code) {
        return reasons.find(code);
    }

    public Insertion<ContactReason> add(String code, String category, Names name, ReasonKind kind) {
        Instant now = clock.instant();
        return reasons.insertOnce(new ContactReason(code, category, name, kind, false, 1, now, now));
    }

    public VersionedUpdate<ContactReason> change(ContactReason reason, String category, Names name, ReasonKind kind,
            boolean retired) {
        return reasons.update(reason.code(), reason.version(), Updates.combine(Updates.set("category", category),
                Updates.set("name", name), Updates.set("kind", kind), Updates.set("retired", retired)));
    }

    private void seed() {
        category("delivery", "Livraison", "Delivery");
        category("orders", "Commandes", "Orders");
        category("account", "Compte", "Account");
        category("preferences", "Préférences de contact", "Contact preferences");
        category("billing", "Facturation", "Billing");
        category("feedback", "Avis", "Feedback");
        // The portal's problem reports use their own names as codes (see selfservice.ProblemReason).
        reason("WHERE_IS_MY_ORDER", "delivery", "Où est ma commande ?", "Where is my order?", AVOIDABLE_BY_INFORMATION);
        reason("LATE", "delivery", "Livraison en retard", "Late delivery", AVOIDABLE_BY_INFORMATION);
        reason("NOT_RECEIVED", "delivery", "Colis non reçu", "Parcel not received", AVOIDABLE_BY_SELF_SERVICE);
        reason("DAMAGED", "delivery", "Colis endommagé", "Damaged parcel", AVOIDABLE_BY_SELF_SERVICE);
        reason("DELIVERY_INSTRUCTIONS", "delivery", "Consignes de livraison", "Delivery instructions",
                AVOIDABLE_BY_SELF_SERVICE);
        reason("WRONG_ITEM", "orders", "Mauvais article", "Wrong item", AVOIDABLE_BY_SELF_SERVICE);
        reason("MISSING_ITEM", "orders", "Article manquant", "Missing item", AVOIDABLE_BY_SELF_SERVICE);
        reason("CANCEL_ORDER", "orders", "Annuler une commande", "Cancel an order", AVOIDABLE_BY_SELF_SERVICE);
        reason("OTHER", "orders", "Autre problème de commande", "Other order problem", AVOIDABLE_BY_SELF_SERVICE);
        reason("SIGN_IN", "account", "Connexion impossible", "Cannot sign in", AVOIDABLE_BY_SELF_SERVICE);
        reason("UPDATE_DETAILS", "account", "Modifier mes coordonnées", "Update my details", AVOIDABLE_BY_SELF_SERVICE);
        reason("MY_DATA", "account", "Mes données personnelles", "My personal data", AVOIDABLE_BY_SELF_SERVICE);
        reason("TOO_MANY_MESSAGES", "preferences", "Trop de messages", "Too many messages", AVOIDABLE_BY_SELF_SERVICE);
        reason("NOT_TOLD", "preferences", "Pas été prévenu", "Was not told", AVOIDABLE_BY_INFORMATION);
        reason("REFUND_STATUS", "billing", "Où en est mon remboursement ?", "Where is my refund?",
                AVOIDABLE_BY_INFORMATION);
        reason("INVOICE", "billing", "Demande de facture", "Invoice request", AVOIDABLE_BY_SELF_SERVICE);
        reason("PAYMENT_PROBLEM", "billing", "Problème de paiement", "Payment problem", AVOIDABLE_BY_SELF_SERVICE);
        reason("PRODUCT_QUESTION", "feedback", "Question avant achat", "Question before buying", VALUABLE);
        reason("SUGGESTION", "feedback", "Suggestion", "Suggestion", VALUABLE);
        reason("COMPLIMENT", "feedback", "Compliment", "Compliment", VALUABLE);
    }

    private void category(String code, String fr, String en) {
        categories.insertOnce(new ContactCategory(code, new Names(fr, en)));
    }

    private void reason(String code, String category, String fr, String en, ReasonKind kind) {
        add(code, category, new Names(fr, en), kind);
    }
}
