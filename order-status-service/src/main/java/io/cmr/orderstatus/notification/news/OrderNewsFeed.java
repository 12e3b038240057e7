package io.cmr.orderstatus.notification.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.notification.OrderNewsListener;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.OrderWatcher;
import io.cmr.orderstatus.order.Orders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Order news, at least once: each order written is turned into its news, new news is stored
 * under its unique key, then given to every {@link OrderNewsListener} and marked published. A
 * sweep re-derives recently written orders (a crash after the order's write) and publishes news
 * left unpublished (a crash, or a listener that failed, after the news's write).
 */
@Component
class OrderNewsFeed implements OrderWatcher, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OrderNewsFeed.class);
    private static final int CATCH_UP_BATCH = 1000;

    private final MongoCollection<StoredNews> stored;
    private final ObjectProvider<OrderNewsListener> listeners;
    private final ObjectProvider<Orders> orders;
    private final NewsSettings settings;
    private final Clock clock;

    OrderNewsFeed(MongoDatabase database, ObjectProvider<OrderNewsListener> listeners, ObjectProvider<Orders> orders,
            NewsSettings settings, Clock clock) {
        this.stored = database.getCollection("order_news", StoredNews.class);
        this.listeners = listeners;
        this.orders = orders;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::sweep, settings.sweepEvery(), settings.sweepEvery()));
    }

    @Override
    public void stored(Order order) {
        List<OrderNews> news = NewsDetection.of(order);
        if (!news.isEmpty()) {
            fresh(news).forEach(this::publish);
        }
    }

    /** Stores the news in one unordered insert; answers those this call stored, the ones it must publish. */
    private List<OrderNews> fresh(List<OrderNews> news) {
        Instant now = clock.instant();
        try {
            stored.insertMany(news.stream().map(item -> new StoredNews(item.newsKey(), item, false, now)).toList(),
                    new InsertManyOptions().ordered(false));
            return news;
        }
        catch (MongoBulkWriteException ex) {
            Set<Integer> known = new HashSet<>();
            for (BulkWriteError error : ex.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw ex;
                }
                known.add(error.getIndex());
            }
            List<OrderNews> inserted = new ArrayList<>();
            for (int i = 0; i < news.size(); i++) {
                if (!known.contains(i)) {
                    inserted.add(news.get(i));
                }
            }
            return inserted;
        }
    }

    private void publish(OrderNews news) {
        try {
            listeners.orderedStream().forEach(listener -> listener.on(news));
            stored.updateOne(Filters.eq("_id", news.newsKey()), Updates.set("published", true));
        }
        catch (RuntimeException ex) {
            log.warn("News {} stays unpublished until the next sweep: {}", news.newsKey(), ex.toString());
        }
    }

    /** Stores and publishes those of {@code news} never stored, with one read of the keys already there. */
    private void catchUp(List<OrderNews> news) {
        if (news.isEmpty()) {
            return;
        }
        Set<Object> known = new HashSet<>();
        stored.withDocumentClass(Document.class)
                .find(Filters.in("_id", news.stream().map(OrderNews::newsKey).toList()))
                .projection(Projections.include("_id")).forEach(document -> known.add(document.get("_id")));
        List<OrderNews> missing = news.stream().filter(item -> !known.contains(item.newsKey())).toList();
        if (!missing.isEmpty()) {
            fresh(missing).forEach(this::publish);
        }
    }

    void sweep() {
        Instant now = clock.instant();
        try {
            List<OrderNews> derived = new ArrayList<>();
            for (Order order : orders.getObject().updatedSince(now.minus(settings.lookBack()))) {
                derived.addAll(NewsDetection.of(order));
                if (derived.size() >= CATCH_UP_BATCH) {
                    catchUp(derived);
                    derived.clear();
                }
            }
            catchUp(derived);
            stored.find(Filters.and(Filters.eq("published", false), Filters.lt("createdAt", now.minus(settings.settle()))))
                    .into(new ArrayList<>()).forEach(item -> publish(item.news()));
        }
        catch (RuntimeException ex) {
            log.warn("News sweep failed, the next one tries again: {}", ex.toString());
        }
    }
}
