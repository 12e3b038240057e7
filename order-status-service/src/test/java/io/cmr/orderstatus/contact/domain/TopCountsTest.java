package io.cmr.orderstatus.contact.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cmr.orderstatus.contact.domain.TopCounts.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopCountsTest {

    private static TopCounts counted(int capacity, String... ids) {
        TopCounts counts = TopCounts.empty();
        for (String id : ids) {
            counts = counts.add(id, 1, capacity);
        }
        return counts;
    }

    @Test
    void whileThereIsRoomEveryIdIsCountedExactly() {
        TopCounts counts = counted(3, "a", "b", "a", "c", "a", "b");

        assertThat(TopCounts.top(List.of(counts), 3)).containsExactly(new Entry("a", 3, 0), new Entry("b", 2, 0),
                new Entry("c", 1, 0));
    }

    @Test
    void aNewIdWhenFullTakesTheSmallestsPlaceAndItsCountAsPossibleOvercount() {
        TopCounts counts = counted(2, "a", "a", "a", "b", "b", "c");

        assertThat(counts.entries()).containsExactlyInAnyOrder(new Entry("a", 3, 0), new Entry("c", 3, 2));
        assertThat(counts.entries()).filteredOn(entry -> entry.id().equals("c")).singleElement()
                .extracting(Entry::atLeast).isEqualTo(1L);
    }

    @Test
    void itNeverTracksMoreThanItsCapacityWhateverTheNumberOfIds() {
        TopCounts counts = TopCounts.empty();
        for (int i = 0; i < 10_000; i++) {
            counts = counts.add("order-" + i, 1, TopCounts.CAPACITY);
        }

        assertThat(counts.entries()).hasSize(TopCounts.CAPACITY);
        assertThat(counts.entries()).allSatisfy(entry -> assertThat(entry.count()).isLessThanOrEqualTo(1000 + 1));
    }

    @Test
    void anIdWithMoreThanItsShareOfTheTotalIsAlwaysTrackedAndNeverUndercounted() {
        // 3 heavy ids among 2,000 one-off ids, interleaved: the heavy ones each have more than total / capacity.
        Map<String, Long> truth = new HashMap<>();
        TopCounts counts = TopCounts.empty();
        for (int i = 0; i < 2_000; i++) {
            String id = switch (i % 4) {
                case 0 -> "hub-lyon";
                case 1 -> "once-" + i;
                case 2 -> i % 8 == 2 ? "hub-paris" : "once-" + i;
                default -> i % 12 == 3 ? "order-42" : "once-" + i;
            };
            truth.merge(id, 1L, Long::sum);
            counts = counts.add(id, 1, TopCounts.CAPACITY);
        }
        long total = truth.values().stream().mapToLong(Long::longValue).sum();

        List<Entry> top = TopCounts.top(List.of(counts), 3);
        assertThat(top).extracting(Entry::id).containsExactly("hub-lyon", "hub-paris", "order-42");
        for (Entry entry : counts.entries()) {
            assertThat(entry.count()).isGreaterThanOrEqualTo(truth.get(entry.id()));
            assertThat(entry.atLeast()).isLessThanOrEqualTo(truth.get(entry.id()));
        }
        List<String> tracked = counts.entries().stream().map(Entry::id).toList();
        truth.forEach((id, count) -> {
            if (count > total / TopCounts.CAPACITY) {
                assertThat(tracked).contains(id);
            }
        });
    }

    @Test
    void takingBackAContactOfATrackedIdLowersItAndDropsItAtZero() {
        TopCounts counts = counted(3, "a", "a", "b");

        assertThat(counts.add("a", -1, 3).entries()).contains(new Entry("a", 1, 0));
        assertThat(counts.add("b", -1, 3).entries()).extracting(Entry::id).containsExactly("a");
    }

    @Test
    void takingBackAContactOfAnUntrackedIdChangesNothingAndTheOvercountNeverExceedsTheCount() {
        TopCounts counts = counted(1, "a", "b");

        assertThat(counts.add("a", -1, 1)).isEqualTo(counts);
        TopCounts lowered = counts.add("b", -1, 1);
        assertThat(lowered.entries()).containsExactly(new Entry("b", 1, 1));
        assertThat(lowered.entries().get(0).atLeast()).isZero();
    }

    @Test
    void summariesOfSeveralChannelsAddUpPerId() {
        TopCounts phone = counted(3, "a", "a", "b");
        TopCounts chat = counted(3, "b", "b", "c");

        assertThat(TopCounts.top(List.of(phone, chat), 2)).containsExactly(new Entry("b", 3, 0), new Entry("a", 2, 0));
    }
}
