package io.cmr.orderstatus.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.orderstatus.contact.domain.ReasonKind;
import io.cmr.orderstatus.contact.domain.TopCounts;

import org.springframework.stereotype.Service;

/** Builds the weekly report from the counters alone: weeks × reasons × channels documents, never the contacts. */
@Service
public class WeeklyReports {

    /** The weeks a four-week average looks back. */
    static final int AVERAGE_WEEKS = 4;

    public enum GroupBy {
        REASON, CATEGORY, CHANNEL
    }

    private final WeeklyCounters counters;
    private final Taxonomy taxonomy;
    private final Eliminations eliminations;
    private final ContactSettings settings;
    private final Clock clock;

    WeeklyReports(WeeklyCounters counters, Taxonomy taxonomy, Eliminations eliminations, ContactSettings settings,
            Clock clock) {
        this.counters = counters;
        this.taxonomy = taxonomy;
        this.eliminations = eliminations;
        this.settings = settings;
        this.clock = clock;
    }

    public WeeklyReport weekly(IsoWeek from, IsoWeek to, GroupBy groupBy) {
        Map<String, ContactReason> reasons = taxonomy.reasons().stream()
                .collect(Collectors.toMap(ContactReason::code, Function.identity()));
        Map<String, Names> categories = taxonomy.categories().stream()
                .collect(Collectors.toMap(ContactCategory::code, ContactCategory::name));
        List<IsoWeek> read = weeks(from.plus(-AVERAGE_WEEKS), to);
        List<WeeklyCount> counts = counters.counts(read.stream().map(IsoWeek::toString).toList());
        Map<String, Long> shipped = counters.shipped(read.stream().map(IsoWeek::toString).toList()).stream()
                .collect(Collectors.toMap(WeeklyShipped::week, WeeklyShipped::orders));
        Function<WeeklyCount, String> key = switch (groupBy) {
            case REASON -> WeeklyCount::reasonCode;
            case CATEGORY -> count -> Optional.ofNullable(reasons.get(count.reasonCode()))
                    .map(ContactReason::category).orElse("unknown");
            case CHANNEL -> WeeklyCount::channel;
        };
        // week -> group -> totals
        Map<String, Map<String, Totals>> totals = new HashMap<>();
        for (WeeklyCount count : counts) {
            ContactReason reason = reasons.get(count.reasonCode());
            boolean information = reason != null && reason.kind() == ReasonKind.AVOIDABLE_BY_INFORMATION;
            totals.computeIfAbsent(count.week(), w -> new HashMap<>())
                    .computeIfAbsent(key.apply(count), k -> new Totals()).add(count, information);
        }
        List<WeeklyReport.Week> weeks = new ArrayList<>();
        List<IsoWeek> newestFirst = weeks(from, to);
        Collections.reverse(newestFirst);
        for (IsoWeek week : newestFirst) {
            Map<String, Totals> now = totals.getOrDefault(week.toString(), Map.of());
            Map<String, Totals> before = totals.getOrDefault(week.plus(-1).toString(), Map.of());
            long orders = shipped.getOrDefault(week.toString(), 0L);
            List<WeeklyReport.Row> rows = new ArrayList<>();
            for (String group : union(now.keySet(), before.keySet())) {
                Totals t = now.getOrDefault(group, new Totals());
                long previous = before.getOrDefault(group, new Totals()).contacts;
                double average = 0;
                for (int back = 1; back <= AVERAGE_WEEKS; back++) {
                    average += totals.getOrDefault(week.plus(-back).toString(), Map.of())
                            .getOrDefault(group, new Totals()).contacts;
                }
                average /= AVERAGE_WEEKS;
                Names name = switch (groupBy) {
                    case REASON -> Optional.ofNullable(reasons.get(group)).map(ContactReason::name).orElse(null);
                    case CATEGORY -> categories.get(group);
                    case CHANNEL -> null;
                };
                rows.add(new WeeklyReport.Row(group, name, t.contacts, previous, t.contacts - previous, average,
                        t.contacts - average, orders == 0 ? null : t.contacts * 1000.0 / orders,
                        share(t.repeats, t.contacts), share(t.selfService, t.contacts),
                        t.information == 0 ? null : share(t.despiteNotice, t.information),
                        t.information == 0 ? null : share(t.noNotice, t.information),
                        new WeeklyReport.Concentration(top(t.orders), top(t.carriers), top(t.incidents))));
            }
            rows.sort(Comparator.comparingLong((WeeklyReport.Row row) -> -Math.abs(row.changeVsPreviousWeek()))
                    .thenComparing(row -> -row.count()).thenComparing(WeeklyReport.Row::key));
            long contacts = now.values().stream().mapToLong(t -> t.contacts).sum();
            weeks.add(new WeeklyReport.Week(week.toString(), week.monday(), orders, contacts,
                    orders == 0 ? null : contacts * 1000.0 / orders, rows));
        }
        return new WeeklyReport(from.toString(), to.toString(), groupBy.name().toLowerCase(),
                settings.timezone().getId(), weeks, effects(to));
    }

    /** Average weekly contacts of a reason over the last four complete weeks. */
    public double recentWeeklyVolume(String reasonCode) {
        IsoWeek current = IsoWeek.of(clock.instant(), settings.timezone());
        return average(reasonCode, current.plus(-AVERAGE_WEEKS), current.plus(-1));
    }

    private List<WeeklyReport.EliminationEffect> effects(IsoWeek to) {
        List<WeeklyReport.EliminationEffect> effects = new ArrayList<>();
        for (Elimination elimination : eliminations.all()) {
            if (elimination.status() != Elimination.Status.DONE || elimination.doneAt() == null) {
                continue;
            }
            IsoWeek done = IsoWeek.of(elimination.doneAt(), settings.timezone());
            IsoWeek lastAfter = done.plus(AVERAGE_WEEKS - 1).compareTo(to) < 0 ? done.plus(AVERAGE_WEEKS - 1) : to;
            int weeksAfter = (int) Math.max(0, done.weeksUntil(lastAfter) + 1);
            effects.add(new WeeklyReport.EliminationEffect(elimination.reasonCode(), elimination.doneAt(),
                    done.toString(), average(elimination.reasonCode(), done.plus(-AVERAGE_WEEKS), done.plus(-1)),
                    weeksAfter == 0 ? null : average(elimination.reasonCode(), done, lastAfter), weeksAfter));
        }
        return effects;
    }

    private double average(String reasonCode, IsoWeek first, IsoWeek last) {
        List<IsoWeek> weeks = weeks(first, last);
        long total = counters.counts(weeks.stream().map(IsoWeek::toString).toList()).stream()
                .filter(count -> count.reasonCode().equals(reasonCode)).mapToLong(WeeklyCount::contacts).sum();
        return weeks.isEmpty() ? 0 : (double) total / weeks.size();
    }

    static List<IsoWeek> weeks(IsoWeek first, IsoWeek last) {
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek week = first; week.compareTo(last) <= 0; week = week.plus(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    private static List<String> union(Iterable<String> a, Iterable<String> b) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        a.forEach(k -> keys.put(k, true));
        b.forEach(k -> keys.put(k, true));
        return new ArrayList<>(keys.keySet());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static List<WeeklyReport.Share> top(List<TopCounts> summaries) {
        return TopCounts.top(summaries, 3).stream()
                .map(entry -> new WeeklyReport.Share(entry.id(), entry.count(), entry.atLeast())).toList();
    }

    /** A group's sums over its counter documents of one week. */
    private static final class Totals {
        long contacts;
        long repeats;
        long selfService;
        long information;
        long despiteNotice;
        long noNotice;
        final List<TopCounts> orders = new ArrayList<>();
        final List<TopCounts> carriers = new ArrayList<>();
        final List<TopCounts> incidents = new ArrayList<>();

        void add(WeeklyCount count, boolean informationReason) {
            contacts += count.contacts();
            repeats += count.repeats();
            if (ContactChannel.valueOf(count.channel()).selfService()) {
                selfService += count.contacts();
            }
            if (informationReason) {
                information += count.contacts();
                despiteNotice += count.despiteNotice();
                noNotice += count.noNotice();
            }
            orders.add(WeeklyCount.orNone(count.topOrders()));
            carriers.add(WeeklyCount.orNone(count.topCarriers()));
            incidents.add(WeeklyCount.orNone(count.topIncidents()));
        }
    }
}
